import { Schema, model, type InferSchemaType } from 'mongoose';
import { REJECTION_CODES, WARNING_CODES } from '../normalise/import-problems';

export const IMPORT_RUN_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED'] as const;
export const IMPORT_TRIGGERS = ['CLI', 'API', 'SCHEDULE'] as const;
const rejectionSchema = new Schema(
  {
    line: { type: Number, required: true },
    externalId: { type: String, default: null },
    /** Absent on runs recorded before codes existed (read as ROW_UNREADABLE). */
    code: { type: String, enum: REJECTION_CODES },
    reason: { type: String, required: true },
  },
  { _id: false },
);

const warningSchema = new Schema(
  {
    line: { type: Number, required: true },
    externalId: { type: String, default: null },
    code: { type: String, enum: WARNING_CODES, required: true },
    field: { type: String, required: true },
    value: { type: String, required: true },
    reason: { type: String, required: true },
  },
  { _id: false },
);

/**
 * One import of one source, written before the first place (write-ahead): a run left RUNNING by a crashed
 * process is found by its stale heartbeat, marked INTERRUPTED, and the source simply imported again
 * (every write is keyed by source + external id, so a second pass rolls the first one forward).
 */
const importRunSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, ref: 'Source', required: true },
    sourceName: { type: String, required: true },
    status: { type: String, enum: IMPORT_RUN_STATUSES, default: 'RUNNING' },
    trigger: { type: String, enum: IMPORT_TRIGGERS, required: true },
    /** Process that runs it (host:pid:random), the lock owner. */
    owner: { type: String, required: true },
    location: { type: String, default: null },
    startedAt: { type: Date, required: true },
    heartbeatAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    /** Records read so far; total is known at the end (or null while streaming). */
    processed: { type: Number, default: 0 },
    total: { type: Number, default: null },
    /** Share of the input read (bytes), 0..1, for progress bars. */
    progress: { type: Number, default: 0 },
    created: { type: Number, default: 0 },
    updated: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    rejected: { type: Number, default: 0 },
    warned: { type: Number, default: 0 },
    closed: { type: Number, default: 0 },
    queuedForReview: { type: Number, default: 0 },
    rejections: { type: [rejectionSchema], default: [] },
    warnings: { type: [warningSchema], default: [] },
    error: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

importRunSchema.index({ sourceId: 1, startedAt: -1 });
importRunSchema.index({ status: 1 });

export type ImportRunRecord = InferSchemaType<typeof importRunSchema>;
export const ImportRunModel = model('ImportRun', importRunSchema);
