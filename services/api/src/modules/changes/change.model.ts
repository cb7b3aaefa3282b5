import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * What a change says happened. Open: a module adds its kind here and to `PlaceChangeKind` in
 * schema.graphql, then appends entries with appendChanges (docs/api.md "Partners keep in sync").
 * Partners are told to treat a kind they do not know as UPDATED.
 */
export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'CLOSED', 'REMOVED', 'NOTICE', 'EVENT'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Fills a sequence number nobody wrote in time (a writer that died between allocating and inserting). */
export const GAP = 'GAP';

/**
 * One entry of the change log (`place_changes`). `seq` is dense and unique: the unique index is what
 * makes two instances writing at once safe (a number taken twice fails the second insert, which takes
 * another). The feed reads it in `seq` order and never past a missing number (change-log.ts).
 */
const placeChangeSchema = new Schema(
  {
    seq: { type: Number, required: true },
    kind: { type: String, enum: [...CHANGE_KINDS, GAP], required: true },
    placeId: { type: Schema.Types.ObjectId, default: null },
    /** The place's version after the write (receivers keep the highest they saw). */
    version: { type: Number, default: null },
    commune: { type: String, default: null },
    inseeCode: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'place_changes' },
);
placeChangeSchema.index({ seq: 1 }, { unique: true });

/** The next sequence number to hand out, incremented with $inc. */
const changeCounterSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, default: 0 } },
  { versionKey: false, collection: 'change_counters' },
);

export type PlaceChangeRecord = InferSchemaType<typeof placeChangeSchema>;
export const PlaceChangeModel = model('PlaceChange', placeChangeSchema);
export const ChangeCounterModel = model('ChangeCounter', changeCounterSchema);
