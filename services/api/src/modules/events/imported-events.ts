import { DateTime } from 'luxon';
import { Types } from 'mongoose';
import { appendChanges } from '../changes';
import { findPlace } from '../places';
import { EventChangeModel, EventModel, type EventKind, type StoredEvent } from './event.model';
import { EVENT_ZONE, expandSchedule } from './recurrence';

/** One dated session a source lists at one of its places (a repair café's session). */
export interface ImportedSession {
  /** The session's identity at the source (stable across runs). */
  key: string;
  title: string;
  kind: EventKind;
  start: Date;
  end: Date;
  bookingUrl: string | null;
  actions: string[];
  subcategories: string[];
}

export interface ImportedSessions {
  sourceId: string;
  placeId: string;
  sessions: ImportedSession[];
  /**
   * Up to when the listing is complete: a stored session of this source at this place, not over, starting
   * before this instant and no longer listed is cancelled. `Infinity` for a full list of sessions, the start
   * of the next session for a list giving only that one, null when nothing can be inferred.
   */
  listedUntil: number | null;
  now: Date;
}

export interface ImportedEventCounts {
  created: number;
  updated: number;
  unchanged: number;
  cancelled: number;
  /** Sessions that are not valid events (more than 14 days long…). */
  skipped: number;
}

const local = (instant: Date) => DateTime.fromJSDate(instant).setZone(EVENT_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
const IMPORT_ACTOR = { type: 'IMPORT', userId: null, email: null };

/** The stored fields a session gives, or null for a session that is not a valid event. */
function fieldsOf(session: ImportedSession) {
  try {
    const startsAt = local(session.start);
    const endsAt = local(session.end);
    const schedule = expandSchedule(startsAt, endsAt, null);
    return {
      title: session.title.trim().slice(0, 140),
      kind: session.kind,
      startsAt,
      endsAt,
      ...schedule,
      bookingUrl: session.bookingUrl,
      actions: session.actions,
      subcategories: session.subcategories,
    };
  } catch {
    return null;
  }
}

const COMPARED = ['title', 'kind', 'startsAt', 'endsAt', 'bookingUrl', 'actions', 'subcategories', 'venue'] as const;

function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown>, fields: readonly string[]) {
  return fields
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

/**
 * Stores a source's sessions at one of its places as that place's events, idempotently: one event per
 * session key (created, updated in place, or left alone when unchanged), a session no longer listed
 * cancelled (kept, as staff cancellations are), a cancelled one listed again scheduled again. Past events
 * are history and left alone. Each write is recorded in `event_changes` (actor IMPORT) and the partners'
 * change feed; every instance's agenda picks it up at its next poll. Nothing for a place that is not open.
 */
export async function storeImportedSessions(input: ImportedSessions): Promise<ImportedEventCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0, cancelled: 0, skipped: 0 };
  const place = await findPlace(input.placeId, ['DRAFT', 'PUBLISHED']);
  if (!place) return counts;
  const [lng = 0, lat = 0] = place.location?.coordinates ?? [];
  const address = place.address ?? {};
  const venue = {
    name: place.name,
    street: address.street ?? null,
    postcode: address.postcode ?? null,
    commune: address.commune ?? null,
    inseeCode: address.inseeCode ?? null,
    lat,
    lng,
    placeSlug: place.slug,
  };
  const sourceId = new Types.ObjectId(input.sourceId);
  const stored = (await EventModel.find({ placeId: place._id, 'origin.sourceId': sourceId }).lean()) as StoredEvent[];
  const byKey = new Map(stored.map((event) => [event.origin!.key, event]));
  const listed = new Set<string>();
  const now = input.now.getTime();
  let touched = false;
  for (const session of input.sessions) {
    const fields = fieldsOf(session);
    if (!fields || listed.has(session.key)) {
      counts.skipped += 1;
      continue;
    }
    listed.add(session.key);
    const desired = { ...fields, venue, placeId: place._id, organizationId: place.organizationId ?? null };
    const known = byKey.get(session.key);
    if (!known) {
      const doc = await EventModel.create({
        ...desired,
        status: 'SCHEDULED',
        version: 1,
        origin: { sourceId, key: session.key },
      });
      await record(doc._id, 'CREATE', changesOf(null, desired, COMPARED), 1);
      counts.created += 1;
      touched = true;
      continue;
    }
    const changes = changesOf(known, { ...desired, status: 'SCHEDULED' }, [...COMPARED, 'status']);
    if (changes.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    if (await save(known, { ...desired, status: 'SCHEDULED' }, 'UPDATE', changes)) counts.updated += 1;
    touched = true;
  }
  const until = input.listedUntil;
  if (until !== null)
    for (const event of stored) {
      const start = event.starts[0] ?? 0;
      if (event.status !== 'SCHEDULED' || listed.has(event.origin!.key) || start <= now || start >= until) continue;
      const changes = [{ field: 'status', before: 'SCHEDULED', after: 'CANCELLED' }];
      if (await save(event, { status: 'CANCELLED' }, 'CANCEL', changes)) counts.cancelled += 1;
      touched = true;
    }
  if (touched)
    await appendChanges([
      { kind: 'EVENT', placeId: String(place._id), version: null, commune: venue.commune, inseeCode: venue.inseeCode },
    ]).catch(() => undefined);
  return counts;
}

/** Writes if nobody wrote the event since it was read (a staff edit in between wins until the next run). */
async function save(
  event: StoredEvent,
  set: Record<string, unknown>,
  action: 'UPDATE' | 'CANCEL',
  changes: { field: string; before: unknown; after: unknown }[],
): Promise<boolean> {
  const saved = await EventModel.findOneAndUpdate(
    { _id: event._id, version: event.version },
    { $set: set, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (saved) await record(saved._id, action, changes, saved.version);
  return saved !== null;
}

function record(
  eventId: { toString(): string },
  action: 'CREATE' | 'UPDATE' | 'CANCEL',
  changes: { field: string; before: unknown; after: unknown }[],
  version: number,
) {
  // Like staff writes: a change that could not be recorded does not undo the write.
  return EventChangeModel.create({
    eventId: new Types.ObjectId(eventId.toString()),
    at: new Date(),
    action,
    actor: IMPORT_ACTOR,
    changes,
    version,
  }).catch(() => undefined);
}
