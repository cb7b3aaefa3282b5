import { subcategoryById } from '@reemploi/taxonomy';
import { badInput } from '../../shared/errors';
import { ACTIONS } from '../places';
import { EVENT_KINDS, type EventKind } from './event.model';
import { expandSchedule, type Schedule } from './recurrence';

/** What staff send to create or change an event (GraphQL EventInput). */
export interface EventInput {
  title: string;
  description?: string | null;
  kind: string;
  startsAt: string;
  endsAt: string;
  recurrence?: string | null;
  capacity?: number | null;
  bookingUrl?: string | null;
  actions?: readonly string[] | null;
  subcategories?: readonly string[] | null;
  placeId?: string | null;
  organizationId?: string | null;
  venue?: VenueInput | null;
}

export interface VenueInput {
  name: string;
  street?: string | null;
  postcode?: string | null;
  commune: string;
  inseeCode: string;
  lat: number;
  lng: number;
}

/** The checked fields of an event, its occurrences expanded. */
export interface EventFields extends Schedule {
  title: string;
  description: string | null;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  bookingUrl: string | null;
  actions: string[];
  subcategories: string[];
}

// A tag, a comment, a doctype or an entity: events are plain text, shown as such everywhere.
const MARKUP = /<\s*[a-z!/?]|&(#\d+|#x[\da-f]+|[a-z]+);/i;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

function plainText(value: string | null | undefined, field: string, max: number, required = false): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (required) throw badInput(`${field} is required.`, field);
    return null;
  }
  if (text.length > max) throw badInput(`${field} is at most ${max} characters (got ${text.length}).`, field);
  if (MARKUP.test(text)) throw badInput(`${field} is plain text: HTML tags and entities are not accepted.`, field);
  return text;
}

/** A booking link must be an https URL without credentials (it is shown as a link to residents). */
export function bookingUrlOf(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(`bookingUrl is not a URL (got "${text.slice(0, 100)}").`, 'bookingUrl');
  }
  if (url.protocol !== 'https:') throw badInput('bookingUrl must be an https:// link.', 'bookingUrl');
  if (url.username || url.password) throw badInput('bookingUrl must not carry a user name or password.', 'bookingUrl');
  if (text.length > 500) throw badInput('bookingUrl is at most 500 characters.', 'bookingUrl');
  return url.toString();
}

/** Checks everything but where and whose (the service resolves the place and asks the policy). */
export function parseEventFields(input: EventInput): EventFields {
  const title = plainText(input.title, 'title', 140, true)!;
  const description = plainText(input.description, 'description', 2000);
  if (!(EVENT_KINDS as readonly string[]).includes(input.kind))
    throw badInput(`kind must be one of ${EVENT_KINDS.join(', ')}.`, 'kind');
  const schedule = expandSchedule(input.startsAt, input.endsAt, input.recurrence);
  const capacity = input.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > 100_000))
    throw badInput('capacity is a number of people between 1 and 100 000.', 'capacity');
  const actions = [...new Set(input.actions ?? [])];
  const unknownAction = actions.find((action) => !(ACTIONS as readonly string[]).includes(action));
  if (unknownAction) throw badInput(`Unknown action "${unknownAction}" (see the actions query).`, 'actions');
  const subcategories = [...new Set(input.subcategories ?? [])];
  const unknownSub = subcategories.find((id) => !subcategoryById(id));
  if (unknownSub) throw badInput(`Unknown sub-category "${unknownSub}".`, 'subcategories');
  return {
    ...schedule,
    title,
    description,
    kind: input.kind as EventKind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity,
    bookingUrl: bookingUrlOf(input.bookingUrl),
    actions,
    subcategories,
  };
}

/** A venue typed by staff (an event away from any place). */
export function parseVenue(venue: VenueInput) {
  if (!(Math.abs(venue.lat) <= 90 && Math.abs(venue.lng) <= 180))
    throw badInput('venue.lat and venue.lng must be a latitude (-90..90) and a longitude (-180..180).', 'venue');
  if (!INSEE.test(venue.inseeCode))
    throw badInput('venue.inseeCode is a commune INSEE code (5 characters).', 'venue.inseeCode');
  return {
    name: plainText(venue.name, 'venue.name', 200, true)!,
    street: plainText(venue.street, 'venue.street', 200),
    postcode: plainText(venue.postcode, 'venue.postcode', 10),
    commune: plainText(venue.commune, 'venue.commune', 100, true),
    inseeCode: venue.inseeCode,
    lat: venue.lat,
    lng: venue.lng,
    placeSlug: null,
  };
}
