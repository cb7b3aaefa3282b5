import type { PlaceDetail } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? null
    : new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Paris',
      }).format(date);
}

/** Provenance: which source said what, under which licence, seen when. */
export function PlaceSources({ place }: { place: PlaceDetail }) {
  const { t, locale } = useI18n();
  const updated = formatDate(place.updatedAt, locale);
  return (
    <section className="place-section" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sourcesTitle}</h2>
      <ul className="sources">
        {place.sources.map((source, index) => {
          const seen = formatDate(source.lastSeenAt, locale);
          const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
          return (
            <li key={`${source.name}-${index}`}>
              {url ? (
                <a href={url} rel="noopener" target="_blank">
                  {source.name}
                </a>
              ) : (
                <span>{source.name}</span>
              )}
              {source.licence && (
                <span>
                  {' · '}
                  {t.licence}
                  {t.colon}
                  {source.licence}
                </span>
              )}
              {source.attribution && <span> · {source.attribution}</span>}
              {seen && (
                <span>
                  {' · '}
                  {t.lastSeen} {seen}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {updated && <p className="muted">{t.updatedAt(updated)}</p>}
    </section>
  );
}
