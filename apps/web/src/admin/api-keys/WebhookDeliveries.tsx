import { useI18n } from '../../i18n/I18nContext';
import type { Webhook } from './webhooks-operations';
import type { WebhooksText } from './webhooks-text';

/** A webhook's delivery log, newest first: what was sent, whether the partner's server took it, what comes next. */
export function WebhookDeliveries({ webhook, text }: { webhook: Webhook; text: WebhooksText }) {
  const { locale } = useI18n();
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Paris',
  });
  const at = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '—');
  if (webhook.deliveries.length === 0) return <p>{text.logEmpty}</p>;
  return (
    <div className="api-keys-table-wrap" tabIndex={0} role="region" aria-label={text.logTitle(webhook.url)}>
      <table className="admin-table api-keys-table">
        <caption className="visually-hidden">{text.logTitle(webhook.url)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.createdAt}</th>
            <th scope="col">{text.columns.kind}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.columns.attempts}</th>
            <th scope="col">{text.columns.last}</th>
            <th scope="col">{text.columns.next}</th>
          </tr>
        </thead>
        <tbody>
          {webhook.deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">{at(delivery.createdAt)}</th>
              <td>{text.kindNames[delivery.kind] ?? delivery.kind}</td>
              <td>
                <span
                  className={`badge ${delivery.status === 'DELIVERED' ? 'badge-published' : delivery.status === 'FAILED' ? 'badge-closed' : 'badge-draft'}`}
                >
                  {text.deliveryStatus[delivery.status]}
                </span>
              </td>
              <td className="api-keys-number">{delivery.attempts}</td>
              <td>
                {delivery.lastAttemptAt
                  ? `${at(delivery.lastAttemptAt)} — ${delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : (delivery.lastError ?? text.noAnswer)}`
                  : '—'}
              </td>
              <td>{delivery.status === 'PENDING' ? at(delivery.nextAttemptAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
