import type { PlaceDetail } from '../graphql/operations';
import { useI18n } from '../i18n/I18nContext';
import { formatDate } from './PlaceSources';

/**
 * When the listing was last confirmed and by whom; after 12 months without confirmation (the API's
 * TO_VERIFY) a « À vérifier » badge asks residents to call before they go.
 */
export function PlaceFreshness({ freshness }: { freshness: PlaceDetail['freshness'] }) {
  const { t, locale } = useI18n();
  const date = formatDate(freshness.confirmedAt, locale);
  const { type, name } = freshness.confirmedBy;
  const by =
    type === 'SOURCE' && name
      ? t.confirmedBySource(name)
      : type === 'STRUCTURE'
        ? t.confirmedByStructure(name ?? null)
        : t.confirmedByStaff;
  return (
    <div className="place-freshness">
      {freshness.status === 'TO_VERIFY' && (
        <p className="notice notice-warning">
          <strong className="badge badge-to-verify">{t.toVerify}</strong> {t.toVerifyLong}
        </p>
      )}
      {date && <p className="muted">{t.confirmedOn(date, by)}</p>}
    </div>
  );
}
