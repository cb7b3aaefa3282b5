import { Types } from 'mongoose';
import type { Logger } from '../../shared/logger';
import type { Actor } from '../../shared/viewer';
import { AuditEventModel, type AUDIT_ACTIONS, type AuditEventRecord } from './audit-event.model';

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlaceChangeRecord {
  placeId: Types.ObjectId | string;
  action: AuditAction;
  actor: Actor;
  changes: FieldChange[];
  version: number | null;
  note?: string | null;
  at?: Date;
}

/**
 * Appends to the audit trail (`audit_events`). Written right after the place (no transactions): a
 * failure here is logged loudly but does not undo an edit the user already saw succeed.
 */
export async function recordPlaceChange(record: PlaceChangeRecord, logger?: Logger): Promise<void> {
  try {
    await AuditEventModel.create({ ...record, at: record.at ?? new Date(), note: record.note ?? null });
  } catch (error) {
    if (!logger) throw error;
    logger.error({ err: error, placeId: String(record.placeId) }, 'audit event not recorded');
  }
}

/**
 * The CREATE events of an import's new places, in one round trip. Each names who created the place and
 * its version (1), but does not copy the created values (`changesOmitted`, audit-event.model.ts), and
 * stores only what is set: FerretDB's cost per event grows with its fields, and a first import writes
 * one per place. A failure is logged (with how many events it lost), or thrown without a logger.
 */
export async function recordImportedCreates(
  placeIds: readonly Types.ObjectId[],
  actor: Actor,
  at: Date,
  logger?: Logger,
): Promise<void> {
  if (placeIds.length === 0) return;
  const who: Record<string, unknown> = { type: actor.type };
  if (actor.sourceId) who.sourceId = new Types.ObjectId(actor.sourceId);
  if (actor.sourceName) who.sourceName = actor.sourceName;
  if (actor.importRunId) who.importRunId = actor.importRunId;
  try {
    await AuditEventModel.collection.insertMany(
      placeIds.map((placeId) => ({
        placeId,
        at,
        action: 'CREATE',
        actor: who,
        changes: [],
        version: 1,
        changesOmitted: true,
      })),
      { ordered: false },
    );
  } catch (error) {
    if (!logger) throw error;
    logger.error({ err: error, events: placeIds.length }, 'audit events not recorded');
  }
}

/** Fields changed on a place after `version` (what a stale edit missed). */
export async function fieldsChangedSince(placeId: Types.ObjectId | string, version: number): Promise<string[]> {
  const events = await AuditEventModel.find({ placeId, version: { $gt: version } }).lean();
  return [...new Set(events.flatMap((event) => event.changes.map((change) => change.field)))];
}

/**
 * A place's events, newest first (`limit` 0: all). An import's CREATE comes without its values
 * (`changesOmitted`): the places module fills them in from the place (places/created-values.ts).
 */
export function placeHistory(placeId: Types.ObjectId | string, limit: number) {
  return AuditEventModel.find({ placeId }).sort({ at: -1, _id: -1 }).limit(limit).lean<StoredAuditEvent[]>();
}

/** An audit event as read (lean). */
export type StoredAuditEvent = Omit<AuditEventRecord, 'changes'> & { _id: Types.ObjectId; changes: FieldChange[] };

/** One event by its id, or null. */
export function auditEvent(eventId: Types.ObjectId | string) {
  return AuditEventModel.findOne({ _id: eventId }).lean<StoredAuditEvent>();
}

/** The source whose import created each of these places, from their CREATE events (where recorded). */
export async function importCreators(placeIds: Types.ObjectId[]): Promise<Map<string, string>> {
  const events = await AuditEventModel.find({
    placeId: { $in: placeIds },
    action: 'CREATE',
    'actor.type': 'IMPORT',
  }).lean();
  const creators = new Map<string, string>();
  for (const event of events)
    if (event.actor?.sourceId) creators.set(String(event.placeId), String(event.actor.sourceId));
  return creators;
}
