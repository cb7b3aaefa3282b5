import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A text residents typed that matched no object, aggregated: only its normalized form (lower case,
 * no accents or punctuation), how often, when last, and which sub-categories they picked instead.
 * Nothing about who typed it.
 */
const unknownObjectQuerySchema = new Schema(
  {
    key: { type: String, required: true, unique: true, maxlength: 80 },
    count: { type: Number, default: 0 },
    /** Sub-category id → how many residents picked it from the category list after this text. */
    picked: { type: Map, of: Number, default: {} },
    lastSeenAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
unknownObjectQuerySchema.index({ count: -1 });

export const UnknownObjectQueryModel = model('UnknownObjectQuery', unknownObjectQuerySchema, 'unknown_object_queries');
export type UnknownObjectQueryRecord = InferSchemaType<typeof unknownObjectQuerySchema>;

/** A synonym staff added from the back-office; the resolver indexes it without a deploy. */
const objectSynonymSchema = new Schema(
  {
    term: { type: String, required: true, maxlength: 60 },
    subcategoryId: { type: String, required: true },
    createdBy: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
objectSynonymSchema.index({ term: 1, subcategoryId: 1 }, { unique: true });

export const ObjectSynonymModel = model('ObjectSynonym', objectSynonymSchema, 'object_synonyms');
export type ObjectSynonymRecord = InferSchemaType<typeof objectSynonymSchema> & { createdAt: Date };
