import { PlaceLink } from '../app/embedding';
import type { Taxonomy } from '../app/useTaxonomy';
import type { PlaceSummary } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import type { Action } from '../search/search-state';
import { acceptedLines } from './accepted-objects';
import { NoticeBadge } from './NoticeBadge';
import { OpenBadge } from './OpenBadge';
import { placePosition } from './place-position';

interface ResultCardProps {
  place: PlaceSummary;
  actions: Action[];
  searchedSubcategories: string[];
  taxonomy: Taxonomy;
  highlighted: boolean;
  onHighlight(id: string | null): void;
  /** Prefix of element ids; the list's cards use `place-<id>` so the map can scroll to them. */
  idPrefix?: string;
}

export function ResultCard(props: ResultCardProps) {
  const { place, actions, searchedSubcategories, taxonomy, highlighted, onHighlight, idPrefix = 'place' } = props;
  const { t } = useI18n();
  const id = `${idPrefix}-${place.id}`;
  const lines = acceptedLines(place.offers, actions, searchedSubcategories);
  const position = placePosition(place);
  return (
    <article
      className={`result-card${highlighted ? ' is-highlighted' : ''}`}
      id={id}
      aria-labelledby={`${id}-name`}
      onMouseEnter={() => onHighlight(place.id)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(place.id)}
    >
      <h3 className="result-name" id={`${id}-name`}>
        <PlaceLink slug={place.slug}>{place.name}</PlaceLink>
      </h3>
      <p className="result-meta">
        <span className="result-kind">{taxonomy.kindLabel(place.kind)}</span>
        {position.inCommune ? (
          <span className="result-distance"> · {t.inCommune(position.town!)}</span>
        ) : (
          <>
            {position.town && <span> · {position.town}</span>}
            {position.distanceMeters !== null && (
              <span className="result-distance">
                {' · '}
                {position.approximate ? t.distanceAbout(position.distanceMeters) : t.distance(position.distanceMeters)}
              </span>
            )}
          </>
        )}
      </p>
      <OpenBadge openNow={place.openNow} nextChangeAt={place.nextChangeAt} />
      <NoticeBadge notices={place.notices} />
      {lines.length > 0 && (
        <dl className="result-accepts">
          {lines.map((line) => (
            <div key={line.action} className="result-accepts-line">
              <dt>{taxonomy.actionLabel(line.action)}</dt>
              <dd>
                {line.shown.map((s) => s.label).join(', ')}
                {line.more > 0 && ` ${t.acceptsMore(line.more)}`}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(place.homeService || place.appointmentOnly || place.labels.length > 0) && (
        <ul className="tags" aria-label={t.labelsTitle}>
          {place.homeService && <li className="tag">{t.homeService}</li>}
          {place.appointmentOnly && <li className="tag">{t.appointmentOnly}</li>}
          {place.labels.map((l) => (
            <li key={l.id} className="tag tag-label">
              {l.label}
            </li>
          ))}
        </ul>
      )}
      {place.locationPrecision === 'COMMUNE' && (
        <p className="result-approx">
          <span aria-hidden="true">≈ </span>
          {t.approxLocation}
        </p>
      )}
    </article>
  );
}
