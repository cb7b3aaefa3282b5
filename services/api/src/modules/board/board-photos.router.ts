import express, { type Request, type Response, type Router } from 'express';
import { Types } from 'mongoose';
import type { AuthConfig } from '../../config';
import type { Logger } from '../../shared/logger';
import type { RateLimits } from '../../shared/rate-limits';
import { AppError } from '../../shared/errors';
import { authenticate, viewerOf, type Sessions } from '../auth';
import { boardPolicy } from './board.policy';
import { BoardPhotoModel } from './board-photo.model';
import { BoardPostModel } from './board-post.model';
import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES, PhotoRefused, savePhoto } from './board-photos';

/** The header a browser session must send: a cross-site form cannot set it (CSRF), as for /admin/uploads. */
export const PHOTO_UPLOAD_HEADER = 'x-reemploi-upload';
const UPLOADS_PER_MINUTE = 30;

type PhotoErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UPLOAD_HEADER_REQUIRED'
  | 'UNSUPPORTED_TYPE'
  | 'UNREADABLE_IMAGE'
  | 'EMPTY_FILE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'UNAVAILABLE';

function fail(res: Response, status: number, code: PhotoErrorCode, message: string, details: object = {}) {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code, ...details } }] });
}

/** Reads the body up to `max` bytes; null when it goes beyond (the rest is not read). */
async function readBody(req: Request, max: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > max) return null;
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/**
 * `POST /board/photos` with the image as the raw body (Content-Type image/jpeg, image/png or image/webp, at
 * most 5 MB): answers `201 { photo: { id, url, width, height } }` once resized and stripped of metadata.
 * STRUCTURE accounts (for their organisation) and ADMIN (`?organizationId=`); a session needs the
 * `x-reemploi-upload: 1` header. `GET /board/photos/<id>`: the stored WebP, to whoever may read its post.
 */
export function boardPhotosRouter(deps: {
  auth: AuthConfig;
  sessions: Sessions;
  limits: RateLimits;
  logger: Logger;
}): Router {
  const router = express.Router();
  router.use(authenticate(deps.auth, deps.sessions));

  router.post('/photos', async (req: Request, res: Response) => {
    const viewer = viewerOf(res);
    if (viewer.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    if (viewer.kind === 'user' && req.get(PHOTO_UPLOAD_HEADER) !== '1')
      return fail(
        res,
        403,
        'UPLOAD_HEADER_REQUIRED',
        `Uploads from a browser need the "${PHOTO_UPLOAD_HEADER}: 1" header.`,
      );
    let organizationId: string;
    try {
      const asked = typeof req.query.organizationId === 'string' ? req.query.organizationId : null;
      organizationId = boardPolicy.postFor(viewer, asked).organizationId;
    } catch (error) {
      const reason = error instanceof AppError && error.reason ? { reason: error.reason } : {};
      return fail(res, 403, 'FORBIDDEN', (error as Error).message, reason);
    }
    const uploader = viewer.kind === 'user' ? viewer.userId : 'admin-token';
    const budget = await deps.limits.consume(`board-photo:${uploader}`, UPLOADS_PER_MINUTE);
    if (!budget.allowed) {
      res.set({ 'Retry-After': String(budget.resetSeconds), Connection: 'close' });
      return fail(res, 429, 'RATE_LIMITED', `Too many photos; retry in ${budget.resetSeconds} s.`);
    }
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(type)) {
      res.set('Connection', 'close');
      return fail(res, 415, 'UNSUPPORTED_TYPE', 'Only JPEG, PNG and WebP photos are accepted (no SVG).');
    }
    const tooLarge = () => {
      res.set('Connection', 'close');
      fail(res, 413, 'PAYLOAD_TOO_LARGE', `A photo is at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`, {
        maxBytes: PHOTO_MAX_BYTES,
      });
    };
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > PHOTO_MAX_BYTES) return tooLarge();
    const body = await readBody(req, PHOTO_MAX_BYTES);
    if (!body) return tooLarge();
    try {
      const photo = await savePhoto(organizationId, uploader, body);
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .json({ photo: { ...photo, url: `/board/photos/${photo.id}` } });
    } catch (error) {
      if (error instanceof PhotoRefused)
        return fail(res, error.problem === 'UNSUPPORTED_TYPE' ? 415 : 400, error.problem, error.message);
      deps.logger.error({ err: error }, 'board photo upload failed');
      return fail(res, 503, 'UNAVAILABLE', 'The photo could not be stored; try again in a moment.');
    }
  });

  router.get('/photos/:id', async (req: Request<{ id: string }>, res: Response) => {
    const viewer = viewerOf(res);
    const photo = Types.ObjectId.isValid(req.params.id) ? await BoardPhotoModel.findById(req.params.id).lean() : null;
    const post = photo?.postId ? await BoardPostModel.findById(photo.postId).lean() : null;
    const onBoard =
      post?.status === 'OPEN' &&
      post.expiresAt > new Date() &&
      (post.kind === 'OFFER' || boardPolicy.readsNetwork(viewer));
    const own = photo && boardPolicy.readsOffBoard(viewer, { organizationId: photo.organizationId });
    if (!photo || (!onBoard && !own)) return fail(res, 404, 'NOT_FOUND', 'No such photo.');
    res
      .status(200)
      .set({
        'Content-Type': photo.contentType,
        'Cache-Control': onBoard && post.kind === 'OFFER' ? 'public, max-age=3600' : 'private, no-store',
        'Content-Security-Policy': "default-src 'none'",
        'X-Content-Type-Options': 'nosniff',
      })
      .send(photo.data.buffer instanceof Uint8Array ? Buffer.from(photo.data.buffer) : photo.data);
  });
  return router;
}
