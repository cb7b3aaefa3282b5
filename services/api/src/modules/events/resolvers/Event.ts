import type { Context } from '../../../shared/context';
import type { PlaceEventsArgs } from '../../../generated/graphql';
import { toParisIso } from '../recurrence';
import type { EventOccurrence as Occurrence, PublicEvent } from '../events.service';

export const Event = {
  /** The published place of the directory (null once it is closed or unpublished). */
  place: (event: PublicEvent, _: unknown, ctx: Context) =>
    event.placeId ? (ctx.directory.index.get(event.placeId) ?? null) : null,
  icalPath: (event: PublicEvent) => (event.venue.placeSlug ? `/ical/place/${event.venue.placeSlug}.ics` : null),
};

export const EventOccurrence = {
  start: (occurrence: Occurrence) => toParisIso(occurrence.start),
  end: (occurrence: Occurrence) => toParisIso(occurrence.end),
};

export const Place = {
  events: (place: { id: string }, args: PlaceEventsArgs, ctx: Context) =>
    ctx.events.nextAtPlace(place.id, ctx.now.getTime(), args.first ?? 5, args.days ?? 90),
};
