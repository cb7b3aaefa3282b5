import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/I18nContext';
import { PLACE_HISTORY_QUERY } from './admin-operations';
import type { AdminText } from './admin-text';
import { formatValue } from './format-value';

/** Who changed what and when, newest first (audit trail). */
export function PlaceHistory({ id, text, version }: { id: string; text: AdminText; version: number }) {
  const { locale } = useI18n();
  const { data, loading } = useQuery(PLACE_HISTORY_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
    skip: !id,
  });
  void version; // refetched when the version changes (key below)
  const events = data?.placeHistory ?? [];
  return (
    <section className="form-section admin-history" aria-labelledby="history-title">
      <h2 id="history-title">{text.history}</h2>
      {loading ? (
        <p>{text.loading}</p>
      ) : events.length === 0 ? (
        <p>{text.historyEmpty}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <p>
                <strong>{text.actions[event.action]}</strong> — {new Date(event.at).toLocaleString(locale)}{' '}
                {text.by(event.actor.email ?? event.actor.sourceName ?? event.actor.type)}
                {event.note && ` — ${event.note}`}
              </p>
              {event.changes.length > 0 && (
                <ul>
                  {event.changes.map((c) => (
                    <li key={c.field}>
                      <code>{c.field}</code> : {formatValue(c.field, c.before, text)} →{' '}
                      {formatValue(c.field, c.after, text)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
