import { Link } from '../app/router';
import type { Occurrence } from './agenda-operations';
import { useAgendaText } from './agenda-text';
import { dayKey, dayLabel, timeLabel } from './dates';

/**
 * Occurrences as a list, grouped under one heading per day (Paris dates), soonest first. Texts typed by
 * staff are rendered as text (React escapes them; the API also refuses HTML in them).
 */
export function EventList({ occurrences, headingLevel = 2 }: { occurrences: Occurrence[]; headingLevel?: 2 | 3 }) {
  const text = useAgendaText();
  const days = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = dayKey(occurrence.start);
    days.set(key, [...(days.get(key) ?? []), occurrence]);
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="agenda">
      {[...days.entries()].map(([key, items]) => (
        <section key={key} aria-labelledby={`agenda-day-${key}`}>
          <Heading id={`agenda-day-${key}`}>{dayLabel(items[0]!.start, text.locale)}</Heading>
          <ul>
            {items.map((occurrence) => (
              <EventItem key={`${occurrence.event.id}-${occurrence.start}`} occurrence={occurrence} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function EventItem({ occurrence }: { occurrence: Occurrence }) {
  const text = useAgendaText();
  const { event } = occurrence;
  const where = event.place ? event.place.name : event.venue.name;
  return (
    <li className="agenda-event">
      <p>
        <strong>{event.title}</strong> — {text.kinds[event.kind] ?? event.kind}
      </p>
      <p>
        {text.time(timeLabel(occurrence.start, text.locale), timeLabel(occurrence.end, text.locale))}, {text.at}{' '}
        {event.place ? <Link href={`/lieu/${event.place.slug}`}>{where}</Link> : where}
        {event.venue.commune && ` (${event.venue.commune})`}
      </p>
      {event.description && <p>{event.description}</p>}
      {(event.capacity || event.bookingUrl) && (
        <p>
          {event.capacity ? text.capacity(event.capacity) : null}
          {event.capacity && event.bookingUrl ? ' · ' : null}
          {event.bookingUrl && (
            <a href={event.bookingUrl} rel="noopener noreferrer" aria-label={text.bookLabel(event.title)}>
              {text.book}
            </a>
          )}
        </p>
      )}
    </li>
  );
}
