import { Schema, model, type InferSchemaType } from 'mongoose';

export const SUGGESTION_KINDS = ['CORRECTION', 'CLOSED', 'MOVED', 'DUPLICATE', 'NEW_PLACE'] as const;
export const SUGGESTION_STATUSES = ['PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED'] as const;

const proposedChangeSchema = new Schema(
  {
    field: { type: String, required: true },
    value: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false, minimize: false },
);

/** A change proposed by a member of the public, waiting for a moderator. Stores what it would change. */
const suggestionSchema = new Schema(
  {
    kind: { type: String, enum: SUGGESTION_KINDS, required: true },
    status: { type: String, enum: SUGGESTION_STATUSES, default: 'PENDING' },
    /** The place concerned (null for a new place until it is accepted). */
    placeId: { type: Schema.Types.ObjectId, ref: 'Place', default: null },
    /** Copied from the place, so structures see the suggestions about their own places. */
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', default: null },
    duplicateOfId: { type: Schema.Types.ObjectId, ref: 'Place', default: null },
    /** Place version when submitted (the moderator sees what changed since). */
    baseVersion: { type: Number, default: null },
    changes: { type: [proposedChangeSchema], default: [] },
    note: { type: String, default: null, maxlength: 2000 },
    contactEmail: { type: String, default: null, maxlength: 254 },
    review: {
      userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
      email: { type: String, default: null },
      at: { type: Date, default: null },
      reason: { type: String, default: null, maxlength: 2000 },
      acceptedFields: { type: [String], default: [] },
    },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

suggestionSchema.index({ status: 1, createdAt: 1 });
suggestionSchema.index({ placeId: 1 });
suggestionSchema.index({ organizationId: 1, status: 1 });

export type SuggestionRecord = InferSchemaType<typeof suggestionSchema>;
export const SuggestionModel = model('Suggestion', suggestionSchema);
