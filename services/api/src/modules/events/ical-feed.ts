import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { PublicEvent } from './events.service';
import { EVENT_ZONE } from './recurrence';

/** The domain part of every event's UID: stable across instances and restarts (the event id before it). */
const UID_DOMAIN = 'agenda.reemploi';

const startOf = (event: PublicEvent) => DateTime.fromMillis(event.starts[0]!, { zone: EVENT_ZONE });

function locationOf(event: PublicEvent): string {
  const { name, street, postcode, commune } = event.venue;
  return [name, street, [postcode, commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * An iCalendar feed (RFC 5545, ical-generator): one VEVENT per event with its RRULE kept, times in
 * Europe/Paris with the zone's VTIMEZONE, a UID that never changes and SEQUENCE the event's version, so a
 * subscribed phone calendar updates events in place on each refresh.
 */
export function icalFeed(name: string, events: readonly PublicEvent[], publicUrl: (path: string) => string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Réemploi', product: 'agenda', language: 'FR' },
    timezone: { name: EVENT_ZONE, generator: getVtimezoneComponent },
    ttl: 3600,
  });
  for (const event of events) {
    const start = startOf(event);
    calendar.createEvent({
      id: `${event.id}@${UID_DOMAIN}`,
      sequence: event.version - 1,
      start,
      end: start.plus({ milliseconds: event.durationMs }),
      timezone: EVENT_ZONE,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      summary: event.title,
      description: [event.description, event.bookingUrl ? `Réservation : ${event.bookingUrl}` : null]
        .filter(Boolean)
        .join('\n\n'),
      location: { title: locationOf(event), geo: { lat: event.venue.lat, lon: event.venue.lng } },
      url: event.bookingUrl ?? (event.venue.placeSlug ? publicUrl(`/lieu/${event.venue.placeSlug}`) : null),
      repeating: event.recurrence ? `RRULE:${event.recurrence}` : null,
      categories: [{ name: event.kind }],
    });
  }
  return calendar.toString();
}
