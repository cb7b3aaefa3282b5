import { useMemo } from 'react';
import { useQuery } from '../graphql/hooks';
import { AGENDA_QUERY } from './agenda-operations';
import { useAgendaText } from './agenda-text';
import { dayLabel, nextDays, timeLabel } from './dates';
import { Link } from '../app/router';

/** "Next events near here" above the search results: the next three within the search's radius this month. */
export function NextEventsStrip({ near, radiusKm }: { near: { lat: number; lng: number }; radiusKm: number }) {
  const text = useAgendaText();
  const period = useMemo(() => nextDays(30), []);
  const { data } = useQuery(AGENDA_QUERY, {
    variables: { ...period, near, radiusKm: Math.min(radiusKm, 100), first: 3 },
    // Not in the server's prerendered copy of the results (ssr/prerender.tsx): the app adds it once loaded.
    skip: typeof window === 'undefined',
  });
  const nodes = data?.events.nodes ?? [];
  if (nodes.length === 0) return null;
  return (
    <aside className="next-events" aria-labelledby="next-events-title">
      <h2 id="next-events-title">{text.stripTitle}</h2>
      <ul>
        {nodes.map(({ event, start }) => (
          <li key={`${event.id}-${start}`}>
            {dayLabel(start, text.locale)}, {timeLabel(start, text.locale)} —{' '}
            {event.place ? <Link href={`/lieu/${event.place.slug}`}>{event.title}</Link> : event.title}
            {event.venue.commune && ` (${event.venue.commune})`}
          </li>
        ))}
      </ul>
    </aside>
  );
}
