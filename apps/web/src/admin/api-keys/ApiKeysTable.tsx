import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { usageThisMonth, visibleKeys } from './api-key-form';
import type { ApiKey } from './api-keys-operations';
import type { ApiKeysText } from './api-keys-text';
import { RevokeDialog } from './RevokeDialog';

/** Every key with its settings and this month's usage; revoked keys on demand; revoke after confirming. */
export function ApiKeysTable(props: { keys: ApiKey[]; text: ApiKeysText; onRevoked(apiKey: ApiKey): void }) {
  const { text } = props;
  const { locale } = useI18n();
  const id = useId();
  const [showRevoked, setShowRevoked] = useState(false);
  // Keys revoked from this page stay in view, marked revoked, until the page is left (kept from the
  // confirmation on, so the row is never replaced while the answer arrives).
  const [keptInView, setKeptInView] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  // Moved after the render that removed the dialog: the revoke button or the row's new status.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  const keys = visibleKeys(props.keys, showRevoked, keptInView);
  const now = new Date();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Paris' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  const number = (n: number) => n.toLocaleString(locale);
  const revokeButtonId = (key: ApiKey) => `${id}-revoke-${key.id}`;
  const statusCellId = (key: ApiKey) => `${id}-status-${key.id}`;
  const caption = text.caption(keys.length, showRevoked);

  return (
    <>
      <div className="field">
        <label className="api-keys-choice">
          <input type="checkbox" checked={showRevoked} onChange={(e) => setShowRevoked(e.target.checked)} />
          {text.showRevoked}
        </label>
      </div>
      {keys.length === 0 ? (
        <p>{text.noKeys}</p>
      ) : (
        <div className="api-keys-table-wrap" tabIndex={0} role="region" aria-label={text.tableLabel}>
          <table className="admin-table api-keys-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.name}</th>
                <th scope="col">{text.columns.prefix}</th>
                <th scope="col">{text.columns.origins}</th>
                <th scope="col">{text.columns.rate}</th>
                <th scope="col">{text.columns.territory}</th>
                <th scope="col">{text.columns.createdAt}</th>
                <th scope="col">{text.columns.lastUsedAt}</th>
                <th scope="col">{text.columns.requests}</th>
                <th scope="col">{text.columns.rateLimited}</th>
                <th scope="col">{text.columns.status}</th>
                <th scope="col">{text.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => {
                const usage = usageThisMonth(key.usage, now);
                return (
                  <tr key={key.id}>
                    <th scope="row">
                      {key.name}
                      {key.scopes.includes('ADMIN') && <span className="badge badge-draft">{text.adminBadge}</span>}
                    </th>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>
                      {key.origins.length === 0 ? (
                        text.serverSide
                      ) : (
                        <ul>
                          {key.origins.map((o) => (
                            <li key={o}>{o}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="api-keys-number">{number(key.ratePerMinute)}</td>
                    <td>{key.territory.length === 0 ? text.everywhere : key.territory.join(', ')}</td>
                    <td>{date.format(new Date(key.createdAt))}</td>
                    <td>{key.lastUsedAt ? dateTime.format(new Date(key.lastUsedAt)) : text.never}</td>
                    <td className="api-keys-number">{number(usage.requests)}</td>
                    <td className="api-keys-number">{number(usage.rateLimited)}</td>
                    <td id={statusCellId(key)} tabIndex={-1}>
                      {key.revokedAt ? (
                        <span className="badge badge-closed">
                          {text.revokedOn(date.format(new Date(key.revokedAt)))}
                        </span>
                      ) : (
                        <span className="badge badge-published">{text.active}</span>
                      )}
                    </td>
                    <td>
                      {!key.revokedAt && (
                        <button
                          id={revokeButtonId(key)}
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={text.revokeLabel(key.name, key.prefix)}
                          onClick={() => {
                            setKeptInView((ids) => new Set([...ids, key.id]));
                            setConfirming(key);
                          }}
                        >
                          {text.revoke}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <RevokeDialog
          apiKey={confirming}
          text={text}
          onCancel={() => {
            setConfirming(null);
            setFocusTarget(revokeButtonId(confirming));
          }}
          onRevoked={() => {
            setConfirming(null);
            props.onRevoked(confirming);
            setFocusTarget(statusCellId(confirming));
          }}
        />
      )}
    </>
  );
}
