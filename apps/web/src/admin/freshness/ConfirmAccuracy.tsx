import { useI18n } from '../../i18n/I18nContext';
import { formatDate } from '../../place/PlaceSources';
import type { ManagedPlace } from '../admin-operations';
import { useFreshnessText } from './freshness-text';
import { useConfirmPlace } from './useConfirmPlace';

/**
 * On a published place's editor: when the listing was last confirmed, « À vérifier » after a year, and
 * the one-click « Toujours exact » (a structure for its own places: services/api/src/modules/places/place.policy.ts).
 */
export function ConfirmAccuracy({ managed, onConfirmed }: { managed: ManagedPlace; onConfirmed(): Promise<void> }) {
  const text = useFreshnessText();
  const { locale } = useI18n();
  const { busy, problem, confirm } = useConfirmPlace(managed.id, onConfirmed);
  const { freshness } = managed.place;
  return (
    <div className="admin-status-bar">
      {freshness.status === 'TO_VERIFY' && <span className="badge badge-to-verify">{text.navToVerify}</span>}
      <span>
        {text.lastConfirmed}
        {' : '}
        {`${formatDate(freshness.confirmedAt, locale)}, ${text.by(freshness.confirmedBy.type, freshness.confirmedBy.name ?? null)}`}
      </span>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void confirm()}>
        {text.stillAccurate}
      </button>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
    </div>
  );
}
