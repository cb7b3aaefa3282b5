import type { Types } from 'mongoose';
import { ErrorReason, refusal } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { recordPlaceChange, type AuditAction, type FieldChange } from '../../audit';
import { recordPlaceWrites } from '../../changes';
import type { Actor } from '../../../shared/viewer';
import { EDITABLE_FIELDS, comparable, getPath } from '../place-fields';
import { withPlaceLock } from '../place-lock';
import { PlaceModel, type PlaceRecord } from '../place.model';
import { markSourceRecords, sourcesOf } from '../source-record-marks';

/** A place as stored (lean document). */
export type StoredPlace = PlaceRecord & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/** What one write does to the place it was computed from. */
export interface PlannedWrite<R> {
  /** `$set` of the update; `version` is incremented by the primitive. */
  set: Record<string, unknown>;
  /**
   * The audit event: `changes` given (staff writes record exactly what they changed, even nothing for an
   * override cleared), or computed from the place before and after (imports; nothing recorded when no
   * field changed). null: bookkeeping that no reader of the history needs (a source's listing marks).
   */
  audit: { action: AuditAction; actor: Actor; note?: string | null; changes?: FieldChange[] } | null;
  /** What the caller gets back once the write landed. */
  result: R;
}

/** The plan's answer when there is nothing to write: the caller gets `result` and nothing is stored. */
export interface NoWrite<R> {
  set?: undefined;
  result: R;
}

export interface PlaceWriteDeps {
  /** Applies a stored place to this instance's directory at once (other instances poll). */
  apply?: (place: StoredPlace) => void;
  /** Audit failures are logged here; without a logger they are ignored (imports). */
  logger?: Logger | null;
  /** The import run writing, if one is (its own source records take its writes into account). */
  importRunId?: string | null;
}

const MAX_ATTEMPTS = 5;

let embedded: Promise<boolean> | null = null;
/**
 * FerretDB (the embedded database) hands an update's filter to SQLite only when it is `_id` alone; with
 * the version beside it, every write of a place reads the whole collection (7× slower at 3 000 places,
 * the territory sync's LVAO step spent 24 s there). Its conditional update is not atomic anyway: in the
 * single-instance embedded setup, the version read just before, under the per-place lock of this process,
 * is the check. On MongoDB the version stays in the filter, where the update checks it atomically.
 */
const versionCheckedByLock = () =>
  (embedded ??= PlaceModel.db
    .db!.admin()
    .command({ buildInfo: 1 })
    .then(
      (info) => 'ferretdbVersion' in info,
      () => false,
    ));

/**
 * The one write path for an existing place; every module that changes a place calls it. Under the
 * per-place lock of this process (FerretDB's conditional updates are not atomic), it reads the place,
 * asks `plan` what to write (the plan decides from the place as stored now: authorization, staleness,
 * merge), marks the place changed for the sources that list it (source-record-marks.ts), writes it with
 * the version it read in the filter (versionCheckedByLock), and recomputes when another instance wrote
 * meanwhile. Then the audit event and the change feed's entry, then the directory of this instance. `plan`
 * may throw (CONFLICT, FORBIDDEN): nothing is written. A null place means it does not exist.
 */
export function writePlace<R>(
  placeId: Types.ObjectId | string,
  plan: (place: StoredPlace | null) => PlannedWrite<R> | NoWrite<R>,
  deps: PlaceWriteDeps,
): Promise<{ result: R; place: StoredPlace | null; written: boolean }> {
  return withPlaceLock(String(placeId), async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const place = (await PlaceModel.findOne({ _id: placeId }).lean()) as StoredPlace | null;
      const planned = plan(place);
      if (!place || planned.set === undefined) return { result: planned.result, place, written: false };
      // Before the write: the sources listing the place re-read it at their next run (source-record-marks.ts).
      await markSourceRecords(sourcesOf(place, planned.set), [place._id], deps.importRunId);
      const updated = (await PlaceModel.findOneAndUpdate(
        (await versionCheckedByLock()) ? { _id: place._id } : { _id: place._id, version: place.version },
        { $set: planned.set, $inc: { version: 1 } },
        { returnDocument: 'after' },
      ).lean()) as StoredPlace | null;
      if (!updated) continue; // another instance wrote it: plan again from what it wrote
      const { audit } = planned as PlannedWrite<R>;
      if (audit) {
        const changes = audit.changes ?? changedFields(place, updated);
        if (audit.changes || changes.length > 0)
          await recordPlaceChange(
            {
              placeId: place._id,
              action: audit.action,
              actor: audit.actor,
              changes,
              version: updated.version,
              note: audit.note ?? null,
            },
            deps.logger ?? undefined,
          ).catch(() => undefined);
        // The partners' change feed, from the same write (modules/changes); inside the place's lock, so
        // this instance's changes of a place are numbered in the order they were made.
        if (audit.changes || changes.length > 0)
          await recordPlaceWrites(
            [{ before: place, after: updated, fields: changes.map((c) => c.field) }],
            deps.logger,
          ).catch(() => undefined);
      }
      deps.apply?.(updated);
      return { result: planned.result, place: updated, written: true };
    }
    throw refusal(ErrorReason.CONCURRENT_WRITE, 'This place kept changing while it was being saved; try again.');
  });
}

/** The fields an audit event records: the editable fields and the status. */
export const AUDITED_FIELDS: readonly string[] = [...EDITABLE_FIELDS, 'status'];

/** The editable fields and status that differ between two versions of a place. */
export function changedFields(before: object | null, after: object): FieldChange[] {
  return changedValues(before ? (field) => getPath(before, field) : () => null, (field) => getPath(after, field));
}

/** changedFields over two readers of field values (a version of a place need not be a document). */
export function changedValues(before: (field: string) => unknown, after: (field: string) => unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of AUDITED_FIELDS) {
    const was = before(field);
    const now = after(field);
    if (comparable(was) !== comparable(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}
