import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { formatDate } from '../../place/PlaceSources';
import type { ManagedPlace } from '../admin-operations';
import { useErrorText } from '../useErrorText';
import { CONFIRM_PLACE_MUTATION } from './freshness-operations';
import { useFreshnessText } from './freshness-text';

/**
 * On a published place's editor: when the listing was last confirmed, « À vérifier » after a year, and
 * the one-click « Toujours exact » (a structure for its own places: services/api/src/modules/places/place.policy.ts).
 */
export function ConfirmAccuracy({ managed, onConfirmed }: { managed: ManagedPlace; onConfirmed(): Promise<void> }) {
  const text = useFreshnessText();
  const { locale } = useI18n();
  const client = useApolloClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { freshness } = managed.place;
  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: CONFIRM_PLACE_MUTATION, variables: { id: managed.id } });
      await onConfirmed();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }
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
