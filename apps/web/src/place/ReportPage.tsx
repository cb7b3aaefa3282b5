import { useQuery } from '@apollo/client/react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { useConfig } from '../config/ConfigContext';
import { PLACE_QUERY } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { PlaceContact } from './PlaceContact';
import { PlaceSources } from './PlaceSources';

/** Placeholder until the suggestions API exists: explains it and points to who can fix the listing. */
export function ReportPage({ slug }: { slug: string }) {
  const { t, apiLang } = useI18n();
  const { contactEmail } = useConfig();
  const { data } = useQuery(PLACE_QUERY, { variables: { slug, lang: apiLang } });
  const place = data?.place;
  usePageTitle(t.reportTitle);
  const subject = encodeURIComponent(`[Réemploi] ${place?.name ?? slug}`);
  const body = encodeURIComponent(`${window.location.origin}/lieu/${slug}\n\n`);
  return (
    <div className="place-page">
      <p className="back-link">
        <Link href={`/lieu/${encodeURIComponent(slug)}`}>← {t.backToPlace}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {t.reportTitle}
        {place && ` — ${place.name}`}
      </h1>
      <p className="notice notice-info">{t.reportSoon}</p>
      {contactEmail && (
        <p>
          <a className="button button-primary" href={`mailto:${contactEmail}?subject=${subject}&body=${body}`}>
            {t.reportMail}
          </a>
        </p>
      )}
      {place && <PlaceContact place={place} />}
      {place && <PlaceSources place={place} />}
    </div>
  );
}
