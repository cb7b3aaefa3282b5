import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * PENDING: waiting for staff; CONFIRMED: staff closed them; DISMISSED: staff kept them open;
 * SUPERSEDED: a later complete run of the source decided again (it held a new set, or closed as usual).
 */
export const PENDING_CLOSURE_STATUSES = ['PENDING', 'CONFIRMED', 'DISMISSED', 'SUPERSEDED'] as const;

const heldPlaceSchema = new Schema(
  {
    placeId: { type: Schema.Types.ObjectId, required: true },
    externalId: { type: String, default: null },
    /** The name when the run held it, for the list (the place itself may change meanwhile). */
    name: { type: String, required: true },
    commune: { type: String, default: null },
  },
  { _id: false },
);

/**
 * The places one complete run of a source would have closed but did not, because they were more than
 * CLOSURE_HOLD_SHARE of the source's places (a broken feed must not empty the map): staff confirm or
 * dismiss the set in the back-office (runs/close-vanished.ts, runs/pending-closures.ts).
 */
const pendingClosureSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, ref: 'Source', required: true },
    sourceName: { type: String, required: true },
    importRunId: { type: Schema.Types.ObjectId, ref: 'ImportRun', required: true },
    status: { type: String, enum: PENDING_CLOSURE_STATUSES, default: 'PENDING' },
    places: { type: [heldPlaceSchema], default: [] },
    /** Open places the source listed before the run: the share held is places.length / sourcePlaces. */
    sourcePlaces: { type: Number, required: true },
    decidedAt: { type: Date, default: null },
    /** `user:<id>` or `admin-token`. */
    decidedBy: { type: String, default: null },
    /** Places closed when staff confirmed (some may have come back or been closed by hand meanwhile). */
    closed: { type: Number, default: null },
  },
  { timestamps: true, versionKey: false },
);

pendingClosureSchema.index({ status: 1, createdAt: 1 });
pendingClosureSchema.index({ sourceId: 1, status: 1 });

export type PendingClosureRecord = InferSchemaType<typeof pendingClosureSchema>;
export const PendingClosureModel = model('PendingClosure', pendingClosureSchema);
