import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { TextField } from '../forms/TextField';
import { errorCode, errorReason } from '../graphql/errors';
import { useI18n } from '../i18n/I18nContext';
import {
  ACCEPT_SUGGESTION_MUTATION,
  REJECT_SUGGESTION_MUTATION,
  SUGGESTIONS_QUERY,
  type Suggestion,
} from './admin-operations';
import { useAdminText, type AdminText } from './admin-text';
import { useErrorText } from './useErrorText';
import { FieldDiffTable } from './FieldDiffTable';
import { fieldName, type ValueNames } from './format-value';
import { useValueNames } from './useValueNames';

/** `/admin/moderation`: pending suggestions, oldest first, field by field. */
export function ModerationQueue() {
  const text = useAdminText();
  usePageTitle(text.moderationTitle);
  const { data, loading, refetch } = useQuery(SUGGESTIONS_QUERY, {
    variables: { status: 'PENDING', first: 20 },
    fetchPolicy: 'network-only',
  });
  const names = useValueNames();
  const [message, setMessage] = useState<string | null>(null);
  // Cards wait for the taxonomy's names so a moderator never sees raw ids ("petit_electromenager").
  const ready = data !== undefined && names.ready;
  const nodes = ready ? data.suggestions.nodes : [];
  return (
    <div className="admin-moderation">
      <h1 id="page-title" tabIndex={-1}>
        {text.moderationTitle}
      </h1>
      <p role="status">{message ?? (loading || !ready ? text.loading : '')}</p>
      {ready && nodes.length === 0 && <p>{text.queueEmpty}</p>}
      {nodes.map((s) => (
        <SuggestionCard
          key={s.id}
          suggestion={s}
          text={text}
          names={names}
          onDone={async (m) => {
            setMessage(m);
            await refetch();
          }}
        />
      ))}
    </div>
  );
}

function SuggestionCard({
  suggestion,
  text,
  names,
  onDone,
}: {
  suggestion: Suggestion;
  text: AdminText;
  names: ValueNames;
  onDone(message: string): Promise<void>;
}) {
  const client = useApolloClient();
  const { locale } = useI18n();
  const changed = suggestion.diff.filter((d) => d.differs).map((d) => d.field);
  const [selected, setSelected] = useState(new Set(changed));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const title = suggestion.place?.place.name ?? text.newPlaceSuggestion;
  const headingId = `suggestion-${suggestion.id}`;
  const stale =
    suggestion.place &&
    suggestion.placeVersionAtSubmission !== null &&
    suggestion.place.version !== suggestion.placeVersionAtSubmission;

  async function act(
    run: () => Promise<{ problems: { message: string }[]; suggestion: unknown } | undefined>,
    done: string,
  ) {
    setBusy(true);
    setProblem(null);
    try {
      const payload = await run();
      if (payload?.suggestion) await onDone(done);
      else setProblem(payload?.problems.map((p) => p.message).join(' ') ?? text.error);
    } catch (error) {
      // A stale place version is worded for the suggestion; other reasons (already reviewed…) as such.
      const why = errorReason(error);
      if (why === 'STALE_VERSION' || (!why && errorCode(error) === 'CONFLICT')) setProblem(text.changedSince);
      else setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const accept = (fields: string[] | null) =>
    act(async () => {
      const { data } = await client.mutate({
        mutation: ACCEPT_SUGGESTION_MUTATION,
        variables: { id: suggestion.id, fields, placeVersion: suggestion.place?.version ?? null },
      });
      return data?.acceptSuggestion;
    }, text.accepted);

  return (
    <article className="suggestion-card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {text.kinds[suggestion.kind]} — {title}
      </h2>
      <p className="muted">{text.submittedAt(new Date(suggestion.submittedAt).toLocaleString(locale))}</p>
      {suggestion.duplicateOf && <p>{text.duplicateOf(suggestion.duplicateOf.place.name)}</p>}
      {stale && <p className="notice notice-warning">{text.changedSince}</p>}
      {suggestion.note && (
        <blockquote>
          <p>
            <strong>
              {text.note}
              {text.colon}
            </strong>{' '}
            {suggestion.note}
          </p>
        </blockquote>
      )}
      {suggestion.contactEmail && (
        <p>
          {text.contactEmail}
          {text.colon} <a href={`mailto:${suggestion.contactEmail}`}>{suggestion.contactEmail}</a>
        </p>
      )}
      {suggestion.diff.length > 0 && (
        <FieldDiffTable
          caption={title}
          diff={suggestion.diff}
          text={text}
          names={names}
          fieldLabel={(f) => fieldName(f, text)}
          selected={changed.length > 1 ? selected : undefined}
          onToggle={(f) =>
            setSelected((s) => {
              const next = new Set(s);
              if (next.has(f)) next.delete(f);
              else next.add(f);
              return next;
            })
          }
        />
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div className="suggestion-actions">
        {changed.length > 1 && selected.size < changed.length ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy || selected.size === 0}
            onClick={() => void accept([...selected])}
          >
            {text.acceptSelected}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept(null)}>
            {changed.length > 1 ? text.acceptAll : text.accept}
          </button>
        )}
      </div>
      <div className="suggestion-reject">
        <TextField label={text.rejectReason} hint={text.rejectReasonHint} value={reason} onChange={setReason} />
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || !reason.trim()}
          onClick={() =>
            void act(async () => {
              const { data } = await client.mutate({
                mutation: REJECT_SUGGESTION_MUTATION,
                variables: { id: suggestion.id, reason: reason.trim() },
              });
              return data?.rejectSuggestion;
            }, text.rejected)
          }
        >
          {text.reject}
        </button>
      </div>
    </article>
  );
}
