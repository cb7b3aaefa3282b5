import { PLACE_EVENTS_QUERY } from './agenda-operations';
import { useAgendaText } from './agenda-text';
import { EventList } from './EventList';
import { useQuery } from '../graphql/hooks';

/** The place page's "next events" section (hidden when the place announces none). */
export function PlaceEvents({ slug }: { slug: string }) {
  const text = useAgendaText();
  const { data } = useQuery(PLACE_EVENTS_QUERY, { variables: { slug } });
  const occurrences = data?.place?.events ?? [];
  if (occurrences.length === 0) return null;
  return (
    <section className="place-events" aria-labelledby="place-events-title">
      <h2 id="place-events-title">{text.placeTitle}</h2>
      <EventList occurrences={occurrences} headingLevel={3} />
      <p>
        <a href={`/ical/place/${slug}.ics`}>{text.placeSubscribe}</a>
      </p>
    </section>
  );
}
