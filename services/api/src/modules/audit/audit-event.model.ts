import { Schema, model, type InferSchemaType } from 'mongoose';

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'STATUS',
  'CLEAR_OVERRIDE',
  'REVERT',
  'SUGGESTION',
  'IMPORT',
  'CONFIRM',
] as const;
export const ACTOR_TYPES = ['USER', 'ADMIN_TOKEN', 'IMPORT', 'SUGGESTION', 'SYSTEM'] as const;

const fieldChangeSchema = new Schema(
  {
    field: { type: String, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false, minimize: false },
);

/** One change to a place: who (user, source import or accepted suggestion), when, each field before/after. */
const auditEventSchema = new Schema(
  {
    placeId: { type: Schema.Types.ObjectId, ref: 'Place', required: true },
    at: { type: Date, required: true },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    actor: {
      type: { type: String, enum: ACTOR_TYPES, required: true },
      userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
      email: { type: String, default: null },
      sourceId: { type: Schema.Types.ObjectId, ref: 'Source', default: null },
      sourceName: { type: String, default: null },
      importRunId: { type: String, default: null },
      suggestionId: { type: Schema.Types.ObjectId, ref: 'Suggestion', default: null },
    },
    changes: { type: [fieldChangeSchema], default: [] },
    /**
     * true on an import's CREATE (places/commands/create-imported-places.ts): its `changes` are not
     * copied, they are the place's first version, found back from the place and the later events
     * (places/created-values.ts). Absent on every other event.
     */
    changesOmitted: { type: Boolean },
    /** The place's version after this change (CONFLICT reports what changed after a client's version). */
    version: { type: Number, default: null },
    note: { type: String, default: null, maxlength: 2000 },
  },
  { versionKey: false, minimize: false, collection: 'audit_events' },
);

auditEventSchema.index({ placeId: 1, at: -1 });
auditEventSchema.index({ placeId: 1, version: 1 });

export type AuditEventRecord = InferSchemaType<typeof auditEventSchema>;
export const AuditEventModel = model('AuditEvent', auditEventSchema);
