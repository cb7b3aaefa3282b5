import { isValidObjectId } from 'mongoose';
import { AppError, ErrorCode, notFound } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { fieldsChangedSince, recordPlaceChange, type AuditAction, type FieldChange } from '../../audit/audit-trail';
import type { Actor } from '../../auth/viewer';
import type { DirectoryService } from '../directory.service';
import { EDITOR, provenanceKey } from '../../federation/merge';
import { comparable, getPath, type EditableField, type PlaceChanges } from '../place-fields';
import { withPlaceLock } from '../place-lock';
import { PlaceModel, type PLACE_STATUSES } from '../place.model';

export type PlaceStatus = (typeof PLACE_STATUSES)[number];
export type StoredPlace = NonNullable<Awaited<ReturnType<typeof loadPlace>>>;

export interface PlaceWrite {
  placeId: string;
  /** The version the client saw; the write only happens if the place is still at this version. */
  expectedVersion: number;
  changes?: PlaceChanges;
  status?: PlaceStatus;
  /**
   * 'set': changed fields (status included) become editor overrides, which the federation merge never
   * touches; 'clear': these fields go back to their sources at the next import.
   */
  overrides?: { mode: 'set' | 'clear'; fields: string[] } | null;
  actor: Actor;
  action: AuditAction;
  note?: string | null;
}

export interface WriteDeps {
  directory: DirectoryService;
  logger: Logger;
}

export async function loadPlace(placeId: string) {
  if (!isValidObjectId(placeId))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${placeId}" is not a place id.`, { field: 'id' });
  const place = await PlaceModel.findOne({ _id: placeId }).lean();
  if (!place) throw notFound('No such place.');
  return place;
}

/** CONFLICT with the current version and the current values of every field changed since the client's. */
export async function staleEdit(place: StoredPlace, expectedVersion: number, attempted: string[]): Promise<AppError> {
  const since = await fieldsChangedSince(place._id, expectedVersion);
  const fields = since.length > 0 ? since : attempted;
  return new AppError(
    ErrorCode.CONFLICT,
    'Someone changed this place since you opened it. Review their changes, then save again.',
    {
      currentVersion: place.version,
      changedFields: fields.map((field) => ({ field, current: getPath(place, field) })),
    },
  );
}

/**
 * The one write path for a place changed by a person (edit, status, override, revert, accepted
 * suggestion): version in the update filter (never a silent overwrite), overrides and provenance,
 * audit event, then the in-memory directory of this instance.
 */
export function updatePlace(write: PlaceWrite, deps: WriteDeps): Promise<StoredPlace> {
  return withPlaceLock(write.placeId, () => writePlace(write, deps));
}

async function writePlace(write: PlaceWrite, deps: WriteDeps): Promise<StoredPlace> {
  const place = await loadPlace(write.placeId);
  if (place.version !== write.expectedVersion)
    throw await staleEdit(place, write.expectedVersion, Object.keys(write.changes ?? {}));

  const set: Record<string, unknown> = {};
  const changes: FieldChange[] = [];
  for (const [field, after] of Object.entries(write.changes ?? {})) {
    const before = getPath(place, field);
    if (comparable(before) === comparable(after)) continue;
    set[field] = after;
    changes.push({ field, before, after });
  }
  if (write.status && write.status !== place.status) {
    set.status = write.status;
    changes.push({ field: 'status', before: place.status, after: write.status });
  }

  const overrides = new Set<string>(place.overrides);
  // Provenance keys are flat field paths with "/" for "." (federation/merge.ts owns the format).
  const provenance = { ...((place.provenance ?? {}) as Record<string, string>) };
  let resync: Record<string, null> = {};
  if (write.overrides?.mode === 'clear') {
    for (const field of write.overrides.fields) {
      overrides.delete(field);
      delete provenance[provenanceKey(field)];
      if (field !== 'status') resync = forgetSourceHashes(place);
    }
  } else if (write.overrides?.mode === 'set') {
    for (const { field } of changes) {
      overrides.add(field);
      provenance[provenanceKey(field)] = EDITOR;
    }
  }
  const overridesChanged = comparable([...overrides].sort()) !== comparable([...place.overrides].sort());
  if (changes.length === 0 && !overridesChanged) return place;

  const updated = await PlaceModel.findOneAndUpdate(
    { _id: place._id, version: place.version },
    { $set: { ...set, ...resync, overrides: [...overrides], provenance }, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw await staleEdit(await loadPlace(write.placeId), write.expectedVersion, Object.keys(set));

  await recordPlaceChange(
    {
      placeId: place._id,
      action: write.action,
      actor: write.actor,
      changes,
      version: updated.version,
      note: write.note ?? null,
    },
    deps.logger,
  );
  deps.directory.apply(updated);
  return updated;
}

/**
 * Source values are not stored per field, so a field handed back to the sources gets its value at the
 * next import of each source: forgetting the content hashes makes that import merge the record again
 * instead of skipping it as unchanged. By index, so the rest of each entry is untouched; the version
 * filter of the write guarantees the indices are those read (every write of `sources` moves the version).
 */
function forgetSourceHashes(place: StoredPlace): Record<string, null> {
  return Object.fromEntries(place.sources.map((_, i) => [`sources.${i}.hash`, null]));
}

export const overrideFieldsOf = (changes: PlaceChanges) => Object.keys(changes) as EditableField[];
