import sharp from 'sharp';
import { Types } from 'mongoose';
import { BoardPhotoModel } from './board-photo.model';

/** Largest upload accepted (bytes), checked on Content-Length before the body is read. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Decoded size limit: a small file may unpack into a huge image (decompression bomb). */
const MAX_INPUT_PIXELS = 40_000_000;
/** Longest side once resized. */
const MAX_SIDE = 1600;
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export type PhotoProblem = 'UNSUPPORTED_TYPE' | 'UNREADABLE_IMAGE' | 'PAYLOAD_TOO_LARGE' | 'EMPTY_FILE';

export class PhotoRefused extends Error {
  constructor(
    readonly problem: PhotoProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The format the file's first bytes say (JPEG, PNG, WebP), whatever its declared type; null otherwise. */
export function sniffFormat(body: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (body.length >= 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff) return 'jpeg';
  if (body.length >= 8 && body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (body.length >= 12 && body.toString('latin1', 0, 4) === 'RIFF' && body.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

/**
 * Re-encodes an uploaded photo: only JPEG, PNG and WebP by their bytes (an SVG, which may carry script,
 * never reaches the decoder), turned upright, at most 1600 px a side, WebP without any metadata (sharp
 * drops EXIF, GPS, XMP and ICC unless asked to keep them).
 */
export async function processPhoto(body: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  if (!body.length) throw new PhotoRefused('EMPTY_FILE', 'The file is empty.');
  const format = sniffFormat(body);
  if (!format) throw new PhotoRefused('UNSUPPORTED_TYPE', 'Only JPEG, PNG and WebP photos are accepted.');
  try {
    const { data, info } = await sharp(body, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new PhotoRefused('UNREADABLE_IMAGE', 'The image cannot be read (damaged, or over 40 megapixels).');
  }
}

/** Stores a processed photo for an organisation, not yet attached to a post. */
export async function savePhoto(organizationId: string, uploadedBy: string | null, body: Buffer) {
  const photo = await processPhoto(body);
  const saved = await BoardPhotoModel.create({
    _id: new Types.ObjectId(),
    organizationId,
    uploadedBy,
    data: photo.data,
    contentType: 'image/webp',
    width: photo.width,
    height: photo.height,
  });
  return { id: saved._id.toString(), width: photo.width, height: photo.height };
}

/** Photos uploaded but never attached to a post, a day later. */
export const purgeUnattachedPhotos = (now: Date) =>
  BoardPhotoModel.deleteMany({ postId: null, createdAt: { $lt: new Date(now.getTime() - 24 * 3600 * 1000) } });
