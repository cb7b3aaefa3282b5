import { Schema, model, type InferSchemaType } from 'mongoose';

export const UPLOAD_FORMATS = ['csv', 'geojson'] as const;
export type UploadFormat = (typeof UPLOAD_FORMATS)[number];
/** Bytes per stored chunk: well under the 16 MB document limit, few round trips. */
export const UPLOAD_CHUNK_BYTES = 255 * 1024;
/** An upload not imported within this delay is deleted (in code: FerretDB has no TTL index). */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * A file uploaded by staff for an import, stored in the database (not on one instance's disk) so that
 * the preview and the import can run on any API instance. Its bytes are in `ImportUploadChunk`s,
 * written first: the upload record, written last, marks the file complete.
 */
const importUploadSchema = new Schema(
  {
    filename: { type: String, required: true, maxlength: 200 },
    format: { type: String, enum: UPLOAD_FORMATS, required: true },
    size: { type: Number, required: true },
    chunks: { type: Number, required: true },
    /** `user:<id>` or `admin-token`. */
    createdBy: { type: String, required: true },
    organizationId: { type: Schema.Types.ObjectId, default: null },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);
importUploadSchema.index({ expiresAt: 1 });

const importUploadChunkSchema = new Schema(
  {
    uploadId: { type: Schema.Types.ObjectId, required: true },
    n: { type: Number, required: true },
    data: { type: Buffer, required: true },
    /** Chunks of an upload that never completed are found by their age. */
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
importUploadChunkSchema.index({ uploadId: 1, n: 1 }, { unique: true });
importUploadChunkSchema.index({ createdAt: 1 });

export type ImportUploadRecord = InferSchemaType<typeof importUploadSchema>;
export const ImportUploadModel = model('ImportUpload', importUploadSchema);
export const ImportUploadChunkModel = model('ImportUploadChunk', importUploadChunkSchema);
