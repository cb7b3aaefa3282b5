import type { EventsService } from '../events';
import type { GuideAgenda } from './guide-content';

/** "Around the commune" for events: as far as the reuse places the guide lists. */
const RADIUS_KM = 15;
/** A printed guide stays on a notice board for weeks: events of the next two months. */
const WINDOW_DAYS = 60;

/** The guide's agenda: the next occurrences of events around the commune, from the events module's in-memory agenda. */
export function eventsAgenda(events: EventsService): GuideAgenda {
  return {
    nextEvents: (commune, from, max) =>
      events
        .occurrences(
          {
            near: { lat: commune.lat, lng: commune.lng },
            radiusKm: RADIUS_KM,
            from: from.toISOString(),
            to: new Date(from.getTime() + WINDOW_DAYS * 86_400_000).toISOString(),
            first: max,
          },
          from,
        )
        .nodes.map(({ event, start }) => ({
          title: event.title,
          start: new Date(start),
          venue: event.venue.name,
          commune: event.venue.commune,
        })),
  };
}
