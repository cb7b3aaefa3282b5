import { Readable } from 'node:stream';
import { Types } from 'mongoose';
import {
  ImportUploadChunkModel,
  ImportUploadModel,
  UPLOAD_CHUNK_BYTES,
  UPLOAD_LIFETIME_MS,
  type UploadFormat,
} from './upload.model';

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB allowed.`);
  }
}

/** `upload:<id>`: the location of an uploaded file in import runs (see connectors/input.ts). */
export const UPLOAD_LOCATION_PREFIX = 'upload:';
export const uploadLocation = (id: string | Types.ObjectId) => `${UPLOAD_LOCATION_PREFIX}${String(id)}`;

/** The upload format told by a file name, or null when the name is not acceptable. */
export function uploadFormatOf(filename: string): UploadFormat | null {
  const name = filename.trim();
  if (!name || name.length > 200 || /[/\\]/.test(name) || name.startsWith('.')) return null;
  // No control characters (a header-splitting or log-forging attempt).
  if ([...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return null;
  if (/\.(csv|txt|tsv)$/i.test(name)) return 'csv';
  if (/\.(geojson|json)$/i.test(name)) return 'geojson';
  return null;
}

/**
 * Stores a byte stream as an upload, chunk by chunk (never the whole file in memory); refuses and
 * deletes what was written once `maxBytes` is exceeded.
 */
export async function saveUpload(
  body: AsyncIterable<Buffer | string>,
  meta: { filename: string; format: UploadFormat; createdBy: string; organizationId: string | null; maxBytes: number },
  now = new Date(),
) {
  const uploadId = new Types.ObjectId();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let size = 0;
  let n = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await ImportUploadChunkModel.create({ uploadId, n, data, createdAt: now });
    n += 1;
  };
  try {
    for await (const part of body) {
      const chunk = typeof part === 'string' ? Buffer.from(part) : part;
      size += chunk.length;
      if (size > meta.maxBytes) throw new UploadTooLargeError(meta.maxBytes);
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes >= UPLOAD_CHUNK_BYTES) {
        const all = Buffer.concat(pending);
        pending = [all.subarray(UPLOAD_CHUNK_BYTES)];
        pendingBytes = all.length - UPLOAD_CHUNK_BYTES;
        await ImportUploadChunkModel.create({ uploadId, n, data: all.subarray(0, UPLOAD_CHUNK_BYTES), createdAt: now });
        n += 1;
      }
    }
    await flush();
  } catch (error) {
    await ImportUploadChunkModel.deleteMany({ uploadId }).catch(() => undefined);
    throw error;
  }
  const upload = await ImportUploadModel.create({
    _id: uploadId,
    filename: meta.filename.trim(),
    format: meta.format,
    size,
    chunks: n,
    createdBy: meta.createdBy,
    organizationId: meta.organizationId ? new Types.ObjectId(meta.organizationId) : null,
    expiresAt: new Date(now.getTime() + UPLOAD_LIFETIME_MS),
  });
  return upload.toObject();
}

/** The upload record, or null when it does not exist or has expired. */
export async function findUpload(id: string, now = new Date()) {
  if (!Types.ObjectId.isValid(id)) return null;
  const upload = await ImportUploadModel.findById(id).lean();
  return upload && upload.expiresAt > now ? upload : null;
}

/** The upload's bytes as a stream, one chunk read at a time. */
export function openUploadStream(id: string): { stream: Readable; size: Promise<number> } {
  const uploadId = new Types.ObjectId(id);
  const record = ImportUploadModel.findById(uploadId).lean().exec();
  record.catch(() => undefined);
  const stream = Readable.from(
    (async function* () {
      const upload = await record;
      if (!upload) throw new Error('the uploaded file no longer exists (uploads are kept one day)');
      for (let n = 0; n < upload.chunks; n += 1) {
        const chunk = await ImportUploadChunkModel.findOne({ uploadId, n }).lean();
        if (!chunk) throw new Error(`the uploaded file is incomplete (part ${n} missing)`);
        const data = chunk.data as unknown as Buffer | { buffer: Uint8Array };
        yield Buffer.isBuffer(data) ? data : Buffer.from(data.buffer);
      }
    })(),
    { objectMode: false },
  );
  return { stream, size: record.then((u) => u?.size ?? 0) };
}

/** Deletes one upload and its bytes. */
export async function deleteUpload(id: string | Types.ObjectId): Promise<void> {
  const uploadId = new Types.ObjectId(String(id));
  await ImportUploadModel.deleteOne({ _id: uploadId });
  await ImportUploadChunkModel.deleteMany({ uploadId });
}

/** Deletes expired uploads and chunks of uploads that never completed (older than a day). */
export async function purgeExpiredUploads(now = new Date()): Promise<number> {
  const expired = await ImportUploadModel.find({ expiresAt: { $lte: now } }, { _id: 1 }).lean();
  const ids = expired.map((u) => u._id);
  if (ids.length > 0) {
    await ImportUploadModel.deleteMany({ _id: { $in: ids } });
    await ImportUploadChunkModel.deleteMany({ uploadId: { $in: ids } });
  }
  await ImportUploadChunkModel.deleteMany({ createdAt: { $lte: new Date(now.getTime() - UPLOAD_LIFETIME_MS) } });
  return ids.length;
}
