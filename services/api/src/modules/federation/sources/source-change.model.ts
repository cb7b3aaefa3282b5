import { Schema, model } from 'mongoose';

/**
 * Who changed a source's settings that decide what may be imported (its options: a licence accepted by an
 * administrator), when, and from what to what. Kept for good: a licence decision must be traceable.
 */
const sourceChangeSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    actor: {
      type: { type: String, required: true },
      userId: { type: Schema.Types.ObjectId, default: null },
      email: { type: String, default: null },
    },
    field: { type: String, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, minimize: false, collection: 'source_changes' },
);

sourceChangeSchema.index({ sourceId: 1, at: -1 });

export const SourceChangeModel = model('SourceChange', sourceChangeSchema);
