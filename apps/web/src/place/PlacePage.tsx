import { useEffect } from 'react';
import { getLastResultsUrl } from '../app/last-results';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { useTaxonomy } from '../app/useTaxonomy';
import { useQuery } from '../graphql/hooks';
import { PLACE_QUERY, type PlaceDetail } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { OpenBadge } from '../results/OpenBadge';
import { placePosition } from '../results/place-position';
import { ErrorState, ResultSkeleton } from '../results/ResultList';
import { groupOffers } from './group-offers';
import { PlaceContact } from './PlaceContact';
import { PlaceFreshness } from './PlaceFreshness';
import { PlaceNotices } from './PlaceNotices';
import { PlaceEvents } from '../agenda/PlaceEvents';
import { CommuneGuideLink } from '../guide/CommuneGuideLink';
import { PlaceSources } from './PlaceSources';
import { ShareButton } from './ShareButton';
import { FoundIt } from '../insights/FoundIt';
import { useCountOutcome } from '../insights/useCountOutcome';
import { WeekHours } from './WeekHours';

export function PlacePage({ slug }: { slug: string }) {
  const { t, apiLang } = useI18n();
  const { data, loading, error, refetch } = useQuery(PLACE_QUERY, { variables: { slug, lang: apiLang } });
  const place = data?.place;
  usePageTitle(place?.name ?? (loading ? t.loading : t.placeNotFound));
  const back = getLastResultsUrl();
  // Counted once per place shown (anonymously, docs/privacy.md).
  const countOutcome = useCountOutcome(place?.id);
  useEffect(() => countOutcome('OPENED'), [countOutcome]);

  return (
    <div className="place-page">
      {back && (
        <p className="back-link">
          <Link href={back}>← {t.backToResults}</Link>
        </p>
      )}
      {/* One heading element for every state, so focus moved to it on navigation survives loading. */}
      <h1 id="page-title" tabIndex={-1} className={place ? 'place-title' : undefined}>
        {place ? place.name : error ? t.errorTitle : loading ? t.loading : t.placeNotFound}
      </h1>
      {place ? (
        <PlaceDetails place={place} />
      ) : error ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : loading ? (
        <ResultSkeleton />
      ) : (
        <div className="notice notice-empty">
          <p>
            {t.placeNotFoundText} <Link href="/">{t.backHome}</Link>
          </p>
        </div>
      )}
    </div>
  );
}

function PlaceDetails({ place }: { place: PlaceDetail }) {
  const { t, lang } = useI18n();
  const taxonomy = useTaxonomy();
  const offers = groupOffers(place.offers);
  const position = placePosition({ ...place, distanceMeters: null });
  const town = position.inCommune ? t.inCommune(position.town!) : position.town;
  // A description we have only in French is marked so, for screen readers on English pages.
  const descriptionLang = lang === 'en' && place.description === place.descriptionFr ? 'fr' : undefined;
  return (
    <article className="place" aria-label={place.name}>
      <header className="place-header">
        <p className="place-kind">
          {taxonomy.kindLabel(place.kind)}
          {town && ` · ${town}`}
        </p>
        {place.status === 'CLOSED' && <p className="notice notice-error">{t.placeClosed}</p>}
        {place.status !== 'CLOSED' && <PlaceNotices notices={place.notices} />}
        {place.isDemo && <p className="notice notice-info">{t.demoData}</p>}
        {place.status !== 'CLOSED' && <PlaceFreshness freshness={place.freshness} />}
        {place.description && (
          <p className="place-description" lang={descriptionLang}>
            {place.description}
          </p>
        )}
        <div className="place-actions">
          <ShareButton title={place.name} />
          <Link className="button button-secondary" href={`/lieu/${encodeURIComponent(place.slug)}/signaler`}>
            {t.reportMistake}
          </Link>
        </div>
        {place.address.inseeCode && place.address.commune && (
          <CommuneGuideLink inseeCode={place.address.inseeCode} commune={place.address.commune} />
        )}
      </header>

      <section className="place-section" aria-labelledby="offers-title">
        <h2 id="offers-title">{t.offersTitle}</h2>
        {offers.map((offer) => (
          <div key={offer.action} className="offer">
            <h3>{taxonomy.actionLabel(offer.action)}</h3>
            <ul className="offer-objects">
              {offer.subcategories.map((s) => (
                <li key={s.id}>{s.label}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {place.status !== 'CLOSED' && <PlaceEvents slug={place.slug} />}

      <section className="place-section" aria-labelledby="hours-title">
        <h2 id="hours-title">{t.hoursTitle}</h2>
        <OpenBadge openNow={place.openNow} nextChangeAt={place.nextChangeAt} />
        {place.hoursAreIllustrative && (
          <p className="notice notice-warning">
            <strong>{t.hoursIllustrative}</strong> {t.hoursIllustrativeLong}
          </p>
        )}
        <WeekHours days={place.weekHours} />
        {/* The week in words says everything residents need; the declared rule is shown only when it gives no week. */}
        {place.openingHours && place.weekHours.length === 0 && (
          <p className="hours-raw">
            {t.hoursRaw}
            {t.colon}
            <code>{place.openingHours}</code>
          </p>
        )}
      </section>

      {(place.homeService ||
        place.appointmentOnly ||
        place.audience ||
        place.accessibility ||
        place.labels.length > 0) && (
        <section className="place-section" aria-labelledby="practical-title">
          <h2 id="practical-title">{t.practicalTitle}</h2>
          <ul className="practical">
            {place.homeService && <li>{t.homeService}</li>}
            {place.appointmentOnly && <li>{t.appointmentOnly}</li>}
            {place.audience && (
              <li>
                {t.audience}
                {t.colon}
                {place.audience === 'PUBLIC'
                  ? t.audiencePublic
                  : place.audience === 'PROFESSIONALS'
                    ? t.audiencePros
                    : t.audienceBoth}
              </li>
            )}
            {place.accessibility && (
              <li>
                {t.accessibility}
                {t.colon}
                {place.accessibility}
              </li>
            )}
          </ul>
          {place.labels.length > 0 && (
            <ul className="tags" aria-label={t.labelsTitle}>
              {place.labels.map((l) => (
                <li key={l.id} className="tag tag-label">
                  {l.label}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <PlaceContact place={place} />
      <FoundIt place={place} />
      <PlaceSources place={place} />
    </article>
  );
}
