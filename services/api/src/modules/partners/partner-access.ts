import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ErrorCode, ErrorReason } from '../../shared/errors';
import { sendGraphQLError } from '../../shared/http/send-graphql-error';
import type { ApiKeyRegistry, PartnerAccess } from './api-key-registry';
import type { RateLimits } from '../../shared/rate-limits';
import type { UsageRecorder } from './usage-recorder';

export const API_KEY_HEADER = 'x-api-key';
const ALLOWED_HEADERS = [
  'Content-Type',
  'X-Api-Key',
  'If-None-Match',
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
];
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

export interface PartnerAccessDeps {
  registry: ApiKeyRegistry;
  limits: RateLimits;
  usage: UsageRecorder;
  anonymousPerMinute: number;
}

/** The partner behind a request, set by partnerAccess (null: anonymous). */
export const partnerOf = (res: Response): PartnerAccess | null =>
  (res.locals.partner as PartnerAccess | undefined) ?? null;

/**
 * One chain for every public endpoint: CORS preflight → API key → origin rule → rate limit → usage
 * counters. Anonymous requests get `Access-Control-Allow-Origin: *`; a keyed request gets its own
 * origin back only when the key allows it.
 */
export function partnerAccess(deps: PartnerAccessDeps): RequestHandler {
  const admit = (req: Request, res: Response, next: NextFunction, partner: PartnerAccess | null) => {
    const subject = partner ? `key:${partner.keyId}` : `ip:${req.ip ?? 'unknown'}`;
    const budget = partner ? partner.ratePerMinute : deps.anonymousPerMinute;
    deps.limits.consume(subject, budget).then(
      (decision) => {
        res.set({
          'RateLimit-Limit': String(decision.limit),
          'RateLimit-Remaining': String(decision.remaining),
          'RateLimit-Reset': String(decision.resetSeconds),
        });
        if (partner) deps.usage.record(partner.keyId, !decision.allowed);
        if (!decision.allowed) {
          res.set('Retry-After', String(decision.resetSeconds));
          const who = partner ? 'this API key' : 'anonymous requests from your address';
          return sendGraphQLError(
            req,
            res,
            429,
            ErrorCode.RATE_LIMITED,
            `Too many requests: ${who} may make ${decision.limit} per minute. Retry in ${decision.resetSeconds} s${partner ? '' : ', or use an API key'}.`,
            { retryAfterSeconds: decision.resetSeconds, limitPerMinute: decision.limit },
          );
        }
        res.locals.partner = partner;
        next();
      },
      (error: unknown) => next(error),
    );
  };

  const admitKey = (req: Request, res: Response, next: NextFunction, partner: PartnerAccess | null) => {
    const origin = req.get('origin');
    if (!partner) {
      return sendGraphQLError(
        req,
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        'This API key is unknown or has been revoked. Check the X-Api-Key header, or remove it to use the anonymous limits.',
      );
    }
    if (origin && !partner.origins.includes(origin)) {
      return sendGraphQLError(
        req,
        res,
        403,
        ErrorCode.FORBIDDEN,
        `This API key may not be used from ${origin}. Ask the Réemploi team to add this origin to the key.`,
        { reason: ErrorReason.ORIGIN_NOT_ALLOWED, origin },
      );
    }
    admit(req, res, next, partner);
  };

  return (req: Request, res: Response, next: NextFunction) => {
    res.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
    res.set('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.method === 'OPTIONS') return preflight(req, res);
    const origin = req.get('origin');
    const presented = req.get(API_KEY_HEADER)?.trim();
    if (presented === undefined) {
      res.set('Access-Control-Allow-Origin', '*');
      return admit(req, res, next, null);
    }
    res.vary('Origin');
    if (origin) res.set('Access-Control-Allow-Origin', origin); // lets the page read the error below
    const known = deps.registry.authenticate(presented);
    if (known) return admitKey(req, res, next, known);
    // Not in memory: a key created moments ago (CLI, another instance) is read from the database once.
    deps.registry.lookUp(presented).then(
      (found) => admitKey(req, res, next, found),
      (error: unknown) => next(error),
    );
  };
}

function preflight(req: Request, res: Response): void {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': '86400',
  });
  res.status(204).end();
}
