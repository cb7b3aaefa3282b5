import type { AgendaQuery } from '@reemploi/directory';
import { DateTime } from 'luxon';
import { badInput } from '../../shared/errors';
import { EVENT_KINDS } from './event.model';
import { EVENT_ZONE } from './recurrence';
import type { EventOccurrence } from './events.service';

/** The widest window an agenda query or a feed covers (an iCal request for 10 years is refused). */
export const MAX_WINDOW_DAYS = 366;
export const DEFAULT_WINDOW_DAYS = 30;
export const DEFAULT_RADIUS_KM = 10;
export const MAX_RADIUS_KM = 100;
export const MAX_EVENTS_PAGE = 100;
const DAY_MS = 86_400_000;

/** The arguments of `events` (GraphQL) and of the search feed, before they are checked. */
export interface AgendaWindow {
  near?: { lat: number; lng: number } | null;
  radiusKm?: number | null;
  from?: string | null;
  to?: string | null;
  filter?: {
    actions?: readonly string[] | null;
    subcategories?: readonly string[] | null;
    kinds?: readonly string[] | null;
    communes?: readonly string[] | null;
  } | null;
  first?: number | null;
  after?: string | null;
}

export interface OccurrencePage {
  nodes: EventOccurrence[];
  hasNextPage: boolean;
  from: number;
  to: number;
}

/** An ISO 8601 date or date-time; without an offset it is Paris time. */
export function parseInstant(value: string, field: string): number {
  const parsed = DateTime.fromISO(value, { zone: EVENT_ZONE });
  if (!parsed.isValid)
    throw badInput(
      `${field} must be an ISO 8601 date or date-time, such as 2027-01-09 or 2027-01-09T14:00+01:00.`,
      field,
    );
  return parsed.toMillis();
}

export const encodeAgendaCursor = (start: number, eventId: string) =>
  Buffer.from(JSON.stringify([start, eventId])).toString('base64url');

function decodeAgendaCursor(after: string): AgendaQuery['after'] {
  try {
    const [start, eventId] = JSON.parse(Buffer.from(after, 'base64url').toString()) as unknown[];
    if (typeof start === 'number' && Number.isFinite(start) && typeof eventId === 'string') return { start, eventId };
  } catch {
    // refused below
  }
  throw badInput('after is not a cursor this API gave (use pageInfo.endCursor).', 'after');
}

/** Checks an agenda request and turns it into the agenda index's query. */
export function agendaQuery(args: AgendaWindow, now: Date): AgendaQuery {
  const from = args.from ? parseInstant(args.from, 'from') : now.getTime();
  const to = args.to ? parseInstant(args.to, 'to') : from + DEFAULT_WINDOW_DAYS * DAY_MS;
  if (to <= from) throw badInput('to must be after from.', 'to');
  if (to - from > MAX_WINDOW_DAYS * DAY_MS)
    throw badInput(`The window from → to is at most ${MAX_WINDOW_DAYS} days.`, 'to');
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVENTS_PAGE)
    throw badInput(`first must be between 1 and ${MAX_EVENTS_PAGE} (got ${first}).`, 'first');
  const filter = args.filter ?? {};
  const kinds = filter.kinds ?? [];
  const unknownKind = kinds.find((kind) => !(EVENT_KINDS as readonly string[]).includes(kind));
  if (unknownKind) throw badInput(`Unknown event kind "${unknownKind}".`, 'filter.kinds');
  const communes = filter.communes ?? [];
  if (communes.length > 50) throw badInput('filter.communes names at most 50 communes.', 'filter.communes');
  const near = args.near ?? undefined;
  if (near && !(Math.abs(near.lat) <= 90 && Math.abs(near.lng) <= 180))
    throw badInput('near must be a latitude (-90..90) and a longitude (-180..180).', 'near');
  if (!near && communes.length === 0)
    throw badInput('An agenda is of somewhere: give near or filter.communes.', 'near');
  const radiusKm = args.radiusKm ?? DEFAULT_RADIUS_KM;
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM)
    throw badInput(`radiusKm must be greater than 0 and at most ${MAX_RADIUS_KM} (got ${radiusKm}).`, 'radiusKm');
  return {
    from,
    to,
    near,
    radiusMeters: near ? radiusKm * 1000 : undefined,
    filter: {
      kinds,
      actions: filter.actions ?? [],
      subcategories: filter.subcategories ?? [],
      communes,
    },
    first,
    after: args.after ? decodeAgendaCursor(args.after) : undefined,
  };
}
