import type { Types } from 'mongoose';
import type { Logger } from '../../shared/logger';
import type { Actor } from '../auth/viewer';
import { EDITABLE_FIELDS, comparable, getPath } from '../places/place-fields';
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

/**
 * Hook for the federation import: records what one import run changed on one place.
 * Call it after the place write, with the fields the merge actually changed.
 */
export function recordImportChange(input: {
  placeId: Types.ObjectId | string;
  version: number | null;
  sourceId: Types.ObjectId | string;
  sourceName: string;
  importRunId?: string | null;
  changes: FieldChange[];
  created?: boolean;
}): Promise<void> {
  if (input.changes.length === 0 && !input.created) return Promise.resolve();
  return recordPlaceChange({
    placeId: input.placeId,
    action: input.created ? 'CREATE' : 'IMPORT',
    actor: {
      type: 'IMPORT',
      sourceId: String(input.sourceId),
      sourceName: input.sourceName,
      importRunId: input.importRunId ?? null,
    },
    changes: input.changes,
    version: input.version,
  });
}

/** Fields changed on a place after `version` (what a stale edit missed). */
export async function fieldsChangedSince(placeId: Types.ObjectId | string, version: number): Promise<string[]> {
  const events = await AuditEventModel.find({ placeId, version: { $gt: version } }).lean();
  return [...new Set(events.flatMap((event) => event.changes.map((change) => change.field)))];
}

export function placeHistory(placeId: Types.ObjectId | string, limit: number) {
  return AuditEventModel.find({ placeId }).sort({ at: -1, _id: -1 }).limit(limit).lean();
}

/**
 * The federation hook: given a place before (null when created) and after an import wrote it, records
 * the fields that changed. Never throws (an import must not fail because of its audit trail).
 */
export async function recordImportWrite(
  target: { sourceId: Types.ObjectId | string; sourceName: string; importRunId?: string | null },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> & { _id: Types.ObjectId; version?: number | null },
): Promise<void> {
  const changes: FieldChange[] = [];
  for (const field of [...EDITABLE_FIELDS, 'status']) {
    const was = before ? getPath(before, field) : null;
    const now = getPath(after, field);
    if (comparable(was) !== comparable(now)) changes.push({ field, before: was, after: now });
  }
  await recordImportChange({
    placeId: after._id,
    version: after.version ?? null,
    sourceId: target.sourceId,
    sourceName: target.sourceName,
    importRunId: target.importRunId ?? null,
    changes,
    created: before === null,
  }).catch(() => undefined);
}
