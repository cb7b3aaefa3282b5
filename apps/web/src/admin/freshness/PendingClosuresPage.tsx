import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { useI18n } from '../../i18n/I18nContext';
import { formatDate } from '../../place/PlaceSources';
import { useErrorText } from '../useErrorText';
import { DECIDE_PENDING_CLOSURE_MUTATION, PENDING_CLOSURES_QUERY, type PendingClosure } from './freshness-operations';
import { useFreshnessText } from './freshness-text';

/** `/admin/fermetures`: closures import runs held back (more than 5 % of a source at once), to confirm or dismiss. */
export function PendingClosuresPage() {
  const text = useFreshnessText();
  usePageTitle(text.closuresTitle);
  const { data, loading, refetch } = useQuery(PENDING_CLOSURES_QUERY, { fetchPolicy: 'network-only' });
  const [message, setMessage] = useState<string | null>(null);
  const sets = data?.pendingClosures;
  return (
    <div className="admin-pending-closures">
      <h1 id="page-title" tabIndex={-1}>
        {text.closuresTitle}
      </h1>
      <p>{text.closuresIntro}</p>
      <p role="status">{message ?? (loading && !sets ? text.loading : '')}</p>
      {sets && sets.length === 0 && <p>{text.noClosures}</p>}
      {sets?.map((set) => (
        <ClosureSet
          key={set.id}
          set={set}
          onDone={async (m) => {
            setMessage(m);
            await refetch();
          }}
        />
      ))}
    </div>
  );
}

function ClosureSet({ set, onDone }: { set: PendingClosure; onDone(message: string): Promise<void> }) {
  const text = useFreshnessText();
  const { locale } = useI18n();
  const client = useApolloClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `closures-${set.id}`;
  async function decide(decision: 'CONFIRM' | 'DISMISS') {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.mutate({
        mutation: DECIDE_PENDING_CLOSURE_MUTATION,
        variables: { id: set.id, decision },
      });
      await onDone(decision === 'CONFIRM' ? text.closed(data?.decidePendingClosure.closed ?? 0) : text.dismissed);
    } catch (error) {
      setProblem(errorText(error));
      setBusy(false);
    }
  }
  return (
    <section className="suggestion-card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {text.heldBy(set.sourceName, formatDate(set.createdAt, locale) ?? '', set.places.length, set.sourcePlaces)}
      </h2>
      <ul>
        {set.places.map((place) => (
          <li key={place.placeId}>
            <Link href={`/admin/lieux/${place.placeId}`}>{place.name}</Link>
            {place.commune && ` · ${place.commune}`}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="suggestion-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void decide('CONFIRM')}>
          {text.confirmClosures(set.places.length)}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void decide('DISMISS')}
        >
          {text.dismissClosures}
        </button>
      </div>
    </section>
  );
}
