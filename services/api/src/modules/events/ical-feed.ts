import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import type { PlaceNotice, PublicPlace } from '../places';
import type { PublicEvent } from './events.service';
import { EVENT_ZONE } from './recurrence';

/** The domain part of every event's UID: stable across instances and restarts (the event id before it). */
const UID_DOMAIN = 'agenda.reemploi';

const startOf = (event: PublicEvent) => DateTime.fromMillis(event.starts[0]!, { zone: EVENT_ZONE });

function locationOf(event: PublicEvent): string {
  const { name, street, postcode, commune } = event.venue;
  return [name, street, [postcode, commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** A place's closure notice, as a feed shows it (a day-long event from its first to its last day). */
export interface FeedClosure {
  notice: PlaceNotice & { startsOn: string; endsOn: string };
  place: PublicPlace;
}

/**
 * A place's closures still to come or under way on `today` (YYYY-MM-DD, Paris): notices are stored by
 * day, so each one becomes an all-day event, the closure typed in the back-office seen in calendars.
 */
export function closuresOf(place: PublicPlace, today: string): FeedClosure[] {
  const closures: FeedClosure[] = [];
  for (const notice of place.notices ?? [])
    if (notice.kind === 'CLOSURE' && notice.startsOn && notice.endsOn && notice.endsOn >= today)
      closures.push({ notice: { ...notice, startsOn: notice.startsOn, endsOn: notice.endsOn }, place });
  return closures;
}

const frenchDay = (day: string) => DateTime.fromISO(day).setLocale('fr').toFormat('cccc d LLLL yyyy');

function placeAddress(place: PublicPlace): string {
  const { street, postcode, commune } = place.address;
  return [place.name, street, [postcode, commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * An iCalendar feed (RFC 5545, ical-generator): one VEVENT per event with its RRULE kept, times in
 * Europe/Paris with the zone's VTIMEZONE, a UID that never changes and SEQUENCE the event's version, so a
 * subscribed phone calendar updates events in place on each refresh.
 */
export function icalFeed(
  name: string,
  events: readonly PublicEvent[],
  publicUrl: (path: string) => string,
  closures: { items: readonly FeedClosure[]; namePlace: boolean } = { items: [], namePlace: false },
): string {
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
  for (const { notice, place } of closures.items) {
    const what = notice.reason ? `Fermé exceptionnellement — ${notice.reason}` : 'Fermé exceptionnellement';
    calendar.createEvent({
      // A notice is never edited (removed, then added anew): its id alone keeps the UID stable.
      id: `closure-${notice.id}@${UID_DOMAIN}`,
      allDay: true,
      start: DateTime.fromISO(notice.startsOn, { zone: EVENT_ZONE }),
      // DTEND of an all-day event is the day after its last day (RFC 5545).
      end: DateTime.fromISO(notice.endsOn, { zone: EVENT_ZONE }).plus({ days: 1 }),
      stamp: notice.createdAt,
      lastModified: notice.createdAt,
      summary: closures.namePlace ? `${what} (${place.name})` : what,
      description: [
        notice.message,
        notice.startsOn === notice.endsOn
          ? `Fermé le ${frenchDay(notice.startsOn)}.`
          : `Fermé du ${frenchDay(notice.startsOn)} au ${frenchDay(notice.endsOn)} inclus.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: { title: placeAddress(place), geo: { lat: place.lat, lon: place.lng } },
      url: publicUrl(`/lieu/${place.slug}`),
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: 'CLOSURE' }],
    });
  }
  return calendar.toString();
}
