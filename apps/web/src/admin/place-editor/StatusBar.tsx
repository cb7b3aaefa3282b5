import type { ManagedPlace } from '../admin-operations';
import type { AdminText } from '../admin-text';

export type StatusChange = 'publish' | 'close' | 'reopen';

/** The place's status, the one change it allows (publish a draft, close, reopen), and its public page. */
export function StatusBar({
  managed,
  canEdit,
  busy,
  text,
  onChange,
}: {
  managed: ManagedPlace;
  canEdit: boolean;
  busy: boolean;
  text: AdminText;
  onChange(change: StatusChange): void;
}) {
  const change: StatusChange | null =
    managed.status === 'DRAFT'
      ? 'publish'
      : managed.status === 'PUBLISHED'
        ? 'close'
        : managed.status === 'CLOSED'
          ? 'reopen'
          : null;
  return (
    <div className="admin-status-bar">
      <span className={`badge badge-${managed.status.toLowerCase()}`}>{text.status[managed.status]}</span>
      {canEdit && change && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => onChange(change)}>
          {text[change]}
        </button>
      )}
      {managed.status !== 'DRAFT' && (
        <a href={`/lieu/${encodeURIComponent(managed.place.slug)}`} target="_blank" rel="noopener">
          {text.viewPublic}
        </a>
      )}
    </div>
  );
}
