import type { Types } from 'mongoose';
import { AppError, ErrorCode } from '../../shared/errors';
import { PlaceModel } from '../places/place.model';
import { EDITOR, provenanceKey } from './merge';
import { FIELD_PATHS, type FieldPath } from './normalise/normalise-record';

const OVERRIDABLE = new Set<string>([...FIELD_PATHS, 'status']);

async function write(
  placeId: Types.ObjectId | string,
  change: (place: {
    overrides: string[];
    provenance: Record<string, string>;
    sources: { hash?: string | null }[];
  }) => Record<string, unknown>,
) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const place = await PlaceModel.findById(placeId).lean();
    if (!place) throw new AppError(ErrorCode.NOT_FOUND, `No place ${String(placeId)}.`);
    const set = change({
      overrides: [...(place.overrides ?? [])],
      provenance: { ...((place.provenance as Record<string, string>) ?? {}) },
      sources: place.sources.map((s) => ({ ...s })),
    });
    const doc = await PlaceModel.findOneAndUpdate(
      { _id: place._id, version: place.version ?? 1 },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (doc) return doc;
  }
  throw new AppError(ErrorCode.CONFLICT, 'The place kept changing; try again.');
}

/** Staff set a field by hand: it keeps this value whatever the sources say, until cleared. */
export function setEditorField(placeId: Types.ObjectId | string, path: FieldPath | 'status', value: unknown) {
  if (!OVERRIDABLE.has(path)) throw new AppError(ErrorCode.BAD_USER_INPUT, `"${path}" is not a place field.`);
  return write(placeId, (place) => ({
    [path]: value,
    overrides: [...new Set([...place.overrides, path])],
    provenance: { ...place.provenance, [provenanceKey(path)]: EDITOR },
  }));
}

/** Gives a field back to the sources: their value returns at the next import of each source. */
export function clearEditorField(placeId: Types.ObjectId | string, path: FieldPath | 'status') {
  return write(placeId, (place) => {
    const provenance = { ...place.provenance };
    delete provenance[provenanceKey(path)];
    // Forget the content hashes so the next run of every source writes its value again.
    return {
      overrides: place.overrides.filter((p) => p !== path),
      provenance,
      sources: place.sources.map((s) => ({ ...s, hash: null })),
    };
  });
}
