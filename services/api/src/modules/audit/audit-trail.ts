import type { Types } from 'mongoose';
import type { Logger } from '../../shared/logger';
import { plainDocuments } from '../../shared/plain-documents';
import type { Actor } from '../../shared/viewer';
import { AuditEventModel, type AUDIT_ACTIONS } from './audit-event.model';

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

let eventForm: ((doc: Record<string, unknown>) => Record<string, unknown>) | null = null;

/**
 * Appends many events in one round trip (an import's new places, a batch at a time), shaped and
 * validated by the event schema in this process without a mongoose Document each
 * (shared/plain-documents.ts). A failure is logged (with how many events it lost), or thrown without a
 * logger.
 */
export async function recordPlaceChanges(records: PlaceChangeRecord[], logger?: Logger): Promise<void> {
  if (records.length === 0) return;
  const at = new Date();
  try {
    eventForm ??= plainDocuments(AuditEventModel.schema);
    const events = records.map((record) =>
      eventForm!({
        ...record,
        at: record.at ?? at,
        note: record.note ?? null,
      }),
    );
    await AuditEventModel.collection.insertMany(events, { ordered: false });
  } catch (error) {
    if (!logger) throw error;
    logger.error({ err: error, events: records.length }, 'audit events not recorded');
  }
}

/** Fields changed on a place after `version` (what a stale edit missed). */
export async function fieldsChangedSince(placeId: Types.ObjectId | string, version: number): Promise<string[]> {
  const events = await AuditEventModel.find({ placeId, version: { $gt: version } }).lean();
  return [...new Set(events.flatMap((event) => event.changes.map((change) => change.field)))];
}

export function placeHistory(placeId: Types.ObjectId | string, limit: number) {
  return AuditEventModel.find({ placeId }).sort({ at: -1, _id: -1 }).limit(limit).lean();
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
