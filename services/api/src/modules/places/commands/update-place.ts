import { isValidObjectId } from 'mongoose';
import { AppError, ErrorCode, ErrorReason, notFound, refusal } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { fieldsChangedSince, type AuditAction, type FieldChange } from '../../audit';
import type { Actor } from '../../../shared/viewer';
import type { DirectoryService } from '../directory.service';
import type { Confirmation } from '../freshness';
import { EDITOR, provenanceKey } from '../provenance';
import { comparable, getPath, type PlaceChanges } from '../place-fields';
import { PlaceModel, type PLACE_STATUSES } from '../place.model';
import { writePlace, type NoWrite, type PlannedWrite, type StoredPlace } from './write-place';

export type PlaceStatus = (typeof PLACE_STATUSES)[number];
export type { StoredPlace };

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
  /** A person's edit confirms the listing (freshness.ts): who, when it changes a field or the status. */
  confirmation?: Confirmation['by'] | null;
}

export interface WriteDeps {
  directory: Pick<DirectoryService, 'apply'>;
  logger: Logger;
}

export async function loadPlace(placeId: string): Promise<StoredPlace> {
  if (!isValidObjectId(placeId))
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"${placeId}" is not a place id.`, { field: 'id' });
  const place = (await PlaceModel.findOne({ _id: placeId }).lean()) as StoredPlace | null;
  if (!place) throw notFound('No such place.');
  return place;
}

/** CONFLICT with the current version and the current values of every field changed since the client's. */
export async function staleEdit(place: StoredPlace, expectedVersion: number, attempted: string[]): Promise<AppError> {
  const since = await fieldsChangedSince(place._id, expectedVersion);
  const fields = since.length > 0 ? since : attempted;
  return refusal(
    ErrorReason.STALE_VERSION,
    'Someone changed this place since you opened it. Review their changes, then save again.',
    {
      currentVersion: place.version,
      changedFields: fields.map((field) => ({ field, current: getPath(place, field) })),
    },
  );
}

/**
 * A place changed by a person (edit, status, override, revert, accepted suggestion), through the one
 * write primitive (writePlace): the client's version must still be the stored one (never a silent
 * overwrite), overrides and provenance, audit event, then the in-memory directory of this instance.
 */
export async function updatePlace(write: PlaceWrite, deps: WriteDeps): Promise<StoredPlace> {
  const { result, place } = await writePlace(write.placeId, (stored) => planStaffWrite(write, stored), {
    apply: (updated) => deps.directory.apply(updated),
    logger: deps.logger,
  });
  if (result === 'stale') throw await staleEdit(place!, write.expectedVersion, Object.keys(write.changes ?? {}));
  return place!;
}

function planStaffWrite(
  write: PlaceWrite,
  place: StoredPlace | null,
): PlannedWrite<'written'> | NoWrite<'stale' | 'unchanged'> {
  if (!place) throw notFound('No such place.');
  if (place.version !== write.expectedVersion) return { result: 'stale' };

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
  // Provenance keys are flat field paths with "/" for "." (places/provenance.ts owns the format).
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
  if (changes.length === 0 && !overridesChanged) return { result: 'unchanged' };
  const confirmed =
    write.confirmation && changes.length > 0 ? { confirmedAt: new Date(), confirmedBy: write.confirmation } : {};
  return {
    set: { ...set, ...resync, ...confirmed, overrides: [...overrides], provenance },
    audit: { action: write.action, actor: write.actor, changes, note: write.note ?? null },
    result: 'written',
  };
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
