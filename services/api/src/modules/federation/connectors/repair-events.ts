import { storeImportedSessions, type ImportedSession } from '../../events';
import { isUrl } from './input';
import { jsonArrayItems, prop } from './json-items';
import { OfferBuilder } from './offers';
import type { AfterReadTask, Connector, ConnectorItem, ImportInput, RawRecord } from './types';

/**
 * Repair cafés from the public API (v2) of Restarters.net, the platform the Open Repair Alliance's
 * networks run their groups and events on: `GET /api/v2/networks/{id}/events` answers
 * `{ data: [EventSummary] }` (each session with its `group`), `GET /api/v2/networks/{id}/groups
 * ?includeNextEvent=true` answers `{ data: [GroupSummary] }` (each group with its `next_event`). A group is
 * the place (one per group, however many sessions it holds); its sessions are read as RepairSession.
 * The Open Repair Data Standard itself describes repaired devices, not places: it has nothing to import.
 */
/** What repair cafés typically mend (Restarters' own categories: small electricals, IT, textiles, toys). */
const TYPICALLY_REPAIRED = [
  'petit_electromenager',
  'luminaire',
  'materiel_hifi_et_video',
  'materiel_informatique',
  'smartphone_tablette_et_console',
  'autre_equipement_electronique',
  'outil_de_bricolage_et_jardinage',
  'vetement',
  'linge_de_maison',
  'jouet',
];

/** One dated session of a repair café, as the API gives it (UTC instants and the group's time zone). */
export interface RepairSession {
  groupId: string;
  eventId: string | null;
  start: Date;
  end: Date;
  timezone: string | null;
  online: boolean;
}

interface Group {
  line: number;
  value: object;
  /** Where a session took place, for a group whose own location has no coordinates. */
  sessionPoint: { lat: unknown; lng: unknown } | null;
  sessions: RepairSession[];
  /**
   * Up to when the answer lists every session of the group (epoch ms): all of them for an events list, up to
   * its next one for a groups list (`next_event`), none inferred when that one cannot be dated.
   */
  listedUntil: number | null;
}

const text = (value: unknown) =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;
const isObject = (value: unknown): value is object =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A session with readable start and end (ISO 8601), or null: a session we cannot date is left out. */
export function repairSession(groupId: string, event: unknown): RepairSession | null {
  const start = new Date(text(prop(event, 'start')) ?? NaN);
  const end = new Date(text(prop(event, 'end')) ?? NaN);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) return null;
  return {
    groupId,
    eventId: text(prop(event, 'id')) ?? null,
    start,
    end,
    timezone: text(prop(event, 'timezone')) ?? null,
    online: prop(event, 'online') === true || prop(event, 'online') === 1,
  };
}

/** "12 rue X, 50100 Cherbourg-en-Cotentin, France" → "12 rue X" (postcode and commune have their own fields). */
function streetOf(address: string | undefined, postcode: string | undefined, country: string | undefined) {
  if (!address) return undefined;
  const parts = address.split(',').map((p) => p.trim());
  const kept = parts.filter(
    (p, i) => i === 0 || !(p.toLowerCase() === country?.toLowerCase() || (postcode && p.includes(postcode))),
  );
  return kept.join(', ');
}

const outsideFrance = (country: string | undefined) =>
  country !== undefined && !['france', 'fr'].includes(country.trim().toLowerCase());

/** One Restarters group as a raw record (`origin`: the platform's address, for the group's own page). */
export function repairCafeRecord(group: Group, origin: string | null): RawRecord {
  const id = text(prop(group.value, 'id'))!;
  const location = prop(group.value, 'location');
  const postcode = text(prop(location, 'postcode'));
  const own = { lat: prop(location, 'lat'), lng: prop(location, 'lng') };
  const point = text(own.lat) && text(own.lng) ? own : (group.sessionPoint ?? own);
  const offers = new OfferBuilder();
  offers.add('REPAIR', TYPICALLY_REPAIRED);
  return {
    externalId: id,
    name: prop(group.value, 'name'),
    kind: 'REPAIR_CAFE',
    street: streetOf(text(prop(location, 'location')), postcode, text(prop(location, 'country'))),
    postcode,
    commune: prop(location, 'area'),
    lat: point.lat,
    lng: point.lng,
    phone: prop(group.value, 'phone'),
    website: prop(group.value, 'website'),
    offers: offers.build(),
    audience: 'PUBLIC',
    url: origin ? `${origin}/group/view/${encodeURIComponent(id)}` : null,
  };
}

/**
 * Reads events and groups into one entry per group; an item that is neither is rejected on its line.
 * Groups outside France are skipped (a network spans countries; the directory is French).
 */
export class RepairGroups {
  readonly groups = new Map<string, Group>();
  readonly problems: ConnectorItem[] = [];

  add(line: number, item: unknown): void {
    if (!isObject(item)) return this.reject(line, null, 'item is not a JSON object');
    const isEvent = isObject(prop(item, 'group'));
    const group = isEvent ? (prop(item, 'group') as object) : item;
    const groupId = text(prop(group, 'id'));
    if (!groupId)
      return this.reject(
        line,
        text(prop(item, 'id')) ?? null,
        `${isEvent ? 'the event’s group' : 'the group'} has no id`,
      );
    if (!isObject(prop(group, 'location')) && !isEvent)
      return this.reject(line, groupId, 'neither an event (with its group) nor a group (with its location)');
    if (outsideFrance(text(prop(prop(group, 'location'), 'country')))) return;
    const entry = this.groups.get(groupId) ?? {
      line,
      value: group,
      sessionPoint: null,
      sessions: [],
      listedUntil: Infinity,
    };
    this.groups.set(groupId, entry);
    const event = isEvent ? item : prop(group, 'next_event');
    const session = isObject(event) ? repairSession(groupId, event) : null;
    if (!isEvent && isObject(event)) entry.listedUntil = session ? session.start.getTime() : null;
    if (session && !entry.sessions.some((s) => s.eventId !== null && s.eventId === session.eventId))
      entry.sessions.push(session);
    if (isObject(event) && !session?.online && text(prop(event, 'lat')) && text(prop(event, 'lng')))
      entry.sessionPoint ??= { lat: prop(event, 'lat'), lng: prop(event, 'lng') };
  }

  /** Every group's sessions, in time order. */
  sessions(): RepairSession[] {
    return [...this.groups.values()].flatMap((g) => g.sessions).sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private reject(line: number, externalId: string | null, error: string) {
    this.problems.push({ line, externalId, error });
  }
}

/** The items of the answer: Restarters' network lists come in one page (`{ data: [...] }`), within maxBytes. */
async function* apiItems(input: ImportInput): AsyncGenerator<unknown> {
  if (!isUrl(input.location) || !input.fetchJson) {
    for await (const { value } of jsonArrayItems(await input.open(), ['data'])) yield value;
    return;
  }
  const body = await input.fetchJson(input.location);
  const items = Array.isArray(body) ? body : prop(body, 'data');
  if (!Array.isArray(items)) throw new Error(`${input.location} did not answer a list of events or groups ("data")`);
  yield* items;
}

/** A session as its repair café's event (online ones are not at the place: left out). */
function sessionEvent(group: Group, session: RepairSession, origin: string | null): ImportedSession {
  const https = origin?.startsWith('https://') && session.eventId;
  return {
    key: session.eventId ?? `${session.groupId}@${session.start.toISOString()}`,
    title: text(prop(group.value, 'name')) ?? 'Repair café',
    kind: 'REPAIR_CAFE',
    start: session.start,
    end: session.end,
    bookingUrl: https ? `${origin}/party/view/${encodeURIComponent(session.eventId!)}` : null,
    actions: ['REPAIR'],
    subcategories: TYPICALLY_REPAIRED,
  };
}

/** Once the repair cafés are stored: each one's sessions as events of its place (events module). */
function storeSessions(read: RepairGroups, origin: string | null, partial: boolean): AfterReadTask {
  return async ({ sourceId, placeOf, now }) => {
    for (const [groupId, group] of read.groups) {
      const placeId = placeOf(groupId);
      if (!placeId) continue;
      const sessions = group.sessions.filter((s) => !s.online).map((s) => sessionEvent(group, s, origin));
      const listedUntil = partial ? null : group.listedUntil;
      await storeImportedSessions({ sourceId, placeId, sessions, listedUntil, now });
    }
  };
}

/**
 * Repair cafés (and their sessions) from a Restarters API answer, or the same saved as a JSON file. After
 * the run has stored the places, each session becomes an event of its repair café's place.
 */
export const repairEvents: Connector = async function* (input: ImportInput, { afterRead }) {
  const read = new RepairGroups();
  let line = 0;
  for await (const item of apiItems(input)) read.add(++line, item);
  const origin = isUrl(input.location) ? new URL(input.location).origin : null;
  // The API's `updated_start` / `updated_end` list only the sessions changed in a window: nothing missing from
  // such an answer is cancelled.
  const partial = isUrl(input.location) && /[?&]updated_(start|end)=/.test(input.location);
  afterRead?.(storeSessions(read, origin, partial));
  const items: ConnectorItem[] = [
    ...read.problems,
    ...[...read.groups.values()].map((group) => ({ line: group.line, record: repairCafeRecord(group, origin) })),
  ];
  yield* items.sort((a, b) => a.line - b.line);
};
