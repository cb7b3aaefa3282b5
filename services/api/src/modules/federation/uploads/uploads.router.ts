import express, { type Request, type Response, type Router } from 'express';
import type { AuthConfig } from '../../../config';
import type { Logger } from '../../../shared/logger';
import { authenticate, viewerOf } from '../../auth';
import type { Sessions } from '../../auth';
import type { RateLimits } from '../../../shared/rate-limits';
import { AppError } from '../../../shared/errors';
import { sourcePolicy } from '../sources/source.policy';
import { UploadTooLargeError, deleteUpload, purgeExpiredUploads, saveUpload, uploadFormatOf } from './upload-store';

/** The header a browser session must send: a cross-site form cannot set it (CSRF). */
export const UPLOAD_HEADER = 'x-reemploi-upload';

/** Stable codes of the upload endpoint's errors (JSON `{ errors: [{ message, extensions: { code } }] }`). */
export type UploadErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UPLOAD_HEADER_REQUIRED'
  | 'BAD_FILENAME'
  | 'EMPTY_FILE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

function fail(res: Response, status: number, code: UploadErrorCode, message: string, details: object = {}) {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code, ...details } }] });
}

/**
 * `POST /admin/uploads?filename=points.csv` with the file as the raw body (any non-form content type):
 * stores it in the database in chunks and answers `201 { upload: { id, filename, format, size, expiresAt } }`.
 * Staff who manage sources only: the session cookie plus `x-reemploi-upload: 1`, or the admin bearer token;
 * at most `perMinute` uploads per person (the admin token counts as one), refused before the body is read.
 */
export function uploadsRouter(deps: {
  auth: AuthConfig;
  sessions: Sessions;
  maxBytes: number;
  limits: RateLimits;
  perMinute: number;
  logger: Logger;
}): Router {
  const router = express.Router();
  router.post('/', authenticate(deps.auth, deps.sessions), async (req: Request, res: Response) => {
    const viewer = viewerOf(res);
    if (viewer.kind === 'anonymous')
      return fail(res, 401, 'UNAUTHENTICATED', 'Sign in to the back-office first (session cookie or admin token).');
    if (viewer.kind === 'user' && req.get(UPLOAD_HEADER) !== '1')
      return fail(
        res,
        403,
        'UPLOAD_HEADER_REQUIRED',
        `Uploads from a browser session need the "${UPLOAD_HEADER}: 1" header.`,
      );
    try {
      sourcePolicy.manage(viewer, null);
    } catch (error) {
      return error instanceof AppError
        ? fail(res, 403, 'FORBIDDEN', error.message, error.reason ? { reason: error.reason } : {})
        : fail(res, 403, 'FORBIDDEN', 'Not allowed.');
    }
    const uploader = viewer.kind === 'user' ? `user:${viewer.userId}` : 'admin-token';
    const budget = await deps.limits.consume(`upload:${uploader}`, deps.perMinute);
    if (!budget.allowed) {
      res.set({ 'Retry-After': String(budget.resetSeconds), Connection: 'close' });
      return fail(res, 429, 'RATE_LIMITED', `Too many uploads; retry in ${budget.resetSeconds} s.`, {
        retryAfterSeconds: budget.resetSeconds,
      });
    }
    const filename = typeof req.query.filename === 'string' ? req.query.filename : '';
    const format = uploadFormatOf(filename);
    if (!format)
      return fail(
        res,
        400,
        'BAD_FILENAME',
        'Give the file name in ?filename=…, ending in .csv, .txt, .tsv, .geojson or .json (no folders).',
      );
    const declared = Number(req.get('content-length'));
    const maxMb = Math.round(deps.maxBytes / 1024 / 1024);
    if (Number.isFinite(declared) && declared > deps.maxBytes) {
      res.set('Connection', 'close');
      return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than the ${maxMb} MB allowed.`, {
        maxBytes: deps.maxBytes,
      });
    }
    try {
      await purgeExpiredUploads().catch((error: unknown) => deps.logger.warn({ err: error }, 'upload purge failed'));
      const upload = await saveUpload(req, {
        filename,
        format,
        createdBy: uploader,
        organizationId: viewer.organizationId,
        maxBytes: deps.maxBytes,
      });
      if (upload.size === 0) {
        await deleteUpload(upload._id);
        return fail(res, 400, 'EMPTY_FILE', 'The file is empty.');
      }
      res.status(201).json({
        upload: {
          id: String(upload._id),
          filename: upload.filename,
          format: upload.format.toUpperCase(),
          size: upload.size,
          expiresAt: upload.expiresAt.toISOString(),
        },
      });
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        res.set('Connection', 'close');
        return fail(res, 413, 'PAYLOAD_TOO_LARGE', error.message, { maxBytes: deps.maxBytes });
      }
      deps.logger.error({ err: error }, 'upload failed');
      return fail(res, 503, 'UNAVAILABLE', 'The file could not be stored; try again in a moment.');
    }
  });
  return router;
}
