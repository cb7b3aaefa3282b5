import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/I18nContext';
import { PLACE_HISTORY_QUERY, type ActorType, type PlaceHistoryEvent } from './admin-operations';
import type { AdminText } from './admin-text';
import { fieldName, formatValue } from './format-value';
import { useValueNames } from './useValueNames';

/** The person's email, the source's name, or else what kind of actor it was, in words. */
function actorName(actor: PlaceHistoryEvent['actor'], text: AdminText): string {
  if (actor.email) return actor.email;
  if (actor.sourceName) return actor.sourceName;
  return actor.type in text.actorTypes ? text.actorTypes[actor.type as ActorType] : actor.type;
}

/** Who changed what and when, newest first (audit trail). */
export function PlaceHistory({ id, text, version }: { id: string; text: AdminText; version: number }) {
  const { locale } = useI18n();
  const names = useValueNames();
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
      {loading || !names.ready ? (
        <p>{text.loading}</p>
      ) : events.length === 0 ? (
        <p>{text.historyEmpty}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <p>
                <strong>{text.actions[event.action]}</strong> — {new Date(event.at).toLocaleString(locale)}{' '}
                {text.by(actorName(event.actor, text))}
                {event.note && ` — ${event.note}`}
              </p>
              {event.changes.length > 0 && (
                <ul>
                  {event.changes.map((c) => (
                    <li key={c.field}>
                      {fieldName(c.field, text)}
                      {text.colon} {formatValue(c.field, c.before, text, names)} →{' '}
                      {formatValue(c.field, c.after, text, names)}
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
