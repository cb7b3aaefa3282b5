import { Schema, model, type InferSchemaType } from 'mongoose';

export const REVIEW_STATUSES = ['PENDING', 'SAME_PLACE', 'SEPARATE'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * An uncertain match between an imported record and an existing place, waiting for staff. The decision is
 * remembered: next runs merge the record into the place (SAME_PLACE) or keep it apart (SEPARATE).
 */
const matchReviewSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, ref: 'Source', required: true },
    sourceName: { type: String, required: true },
    externalId: { type: String, required: true },
    placeId: { type: Schema.Types.ObjectId, ref: 'Place', required: true },
    /** Why they may be the same place ("similar name 60 m away", "same phone"). */
    reason: { type: String, required: true },
    distanceMeters: { type: Number, default: null },
    /** The normalised record as last imported, as JSON (so a decision can be applied at once). */
    record: { type: String, required: true },
    status: { type: String, enum: REVIEW_STATUSES, default: 'PENDING' },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

matchReviewSchema.index({ sourceId: 1, externalId: 1, placeId: 1 }, { unique: true });
matchReviewSchema.index({ status: 1, createdAt: 1 });

export type MatchReviewRecord = InferSchemaType<typeof matchReviewSchema>;
export const MatchReviewModel = model('MatchReview', matchReviewSchema);
