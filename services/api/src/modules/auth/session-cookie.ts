import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AuthConfig } from '../../config';
import { ErrorCode } from '../../shared/errors';
import { sendGraphQLError } from '../../shared/http/send-graphql-error';
import type { Sessions } from './sessions';
import { hashToken, sameSecret } from './secrets';
import { ADMIN_TOKEN_VIEWER, ANONYMOUS, viewerOf } from '../../shared/viewer';

// `__Host-` makes browsers refuse the cookie unless Secure, host-only and Path=/; plain name over http.
const cookieName = (secure: boolean) => (secure ? '__Host-reemploi_session' : 'reemploi_session');
/** The trusted-browser cookie (login-devices.ts): outlives sessions, so sign-in never locks its owner out. */
const deviceCookieName = (secure: boolean) => (secure ? '__Host-reemploi_device' : 'reemploi_device');
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Credentials count only on requests a browser must preflight: a POST with a JSON body (or Apollo's
 * preflight headers). That is Apollo's CSRF prevention, applied to the requests that carry a session,
 * so public GET reads stay simple requests for widgets and CDNs (and are never personalised).
 */
export function mayCarryCredentials(req: Request): boolean {
  if (req.method !== 'POST') return false;
  if (req.get('apollo-require-preflight') || req.get('x-apollo-operation-name')) return true;
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type !== undefined && type !== '' && !SIMPLE_CONTENT_TYPES.has(type);
}

/** One cookie's value from a Cookie header (our tokens are base64url: no quoting or decoding needed). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** Sets and clears the session cookie of one response, and reads / sets its device cookie (context). */
export class SessionCookie {
  constructor(
    private readonly res: Response,
    private readonly config: AuthConfig,
  ) {}

  set(token: string, expiresAt: Date): void {
    this.res.append('Set-Cookie', this.serialize(cookieName(this.config.secureCookies), token, expiresAt));
  }

  clear(): void {
    this.res.append('Set-Cookie', this.serialize(cookieName(this.config.secureCookies), '', new Date(0)));
  }

  /** The device cookie's token sent with this request (only on requests that may carry credentials). */
  device(): string | null {
    return (this.res.locals.deviceToken as string | undefined) ?? null;
  }

  setDevice(token: string, expiresAt: Date): void {
    this.res.append('Set-Cookie', this.serialize(deviceCookieName(this.config.secureCookies), token, expiresAt));
  }

  private serialize(name: string, value: string, expires: Date): string {
    const secure = this.config.secureCookies;
    return `${name}=${value}; Path=/; Expires=${expires.toUTCString()}; HttpOnly;${secure ? ' Secure;' : ''} SameSite=Strict`;
  }
}

export { viewerOf };
export const sessionCookieOf = (res: Response, config: AuthConfig) => new SessionCookie(res, config);

/**
 * Resolves the viewer of a GraphQL request: `Authorization: Bearer <REEMPLOI_ADMIN_TOKEN>` → admin,
 * else the session cookie → its user, else anonymous. A wrong bearer token is refused (401).
 */
export function authenticate(config: AuthConfig, sessions: Sessions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.viewer = ANONYMOUS;
    if (!mayCarryCredentials(req)) return next();
    res.locals.deviceToken = cookieValue(req.get('cookie'), deviceCookieName(config.secureCookies)) ?? null;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (bearer !== undefined) {
      if (!config.adminToken || !sameSecret(bearer, config.adminToken)) {
        return sendGraphQLError(req, res, 401, ErrorCode.UNAUTHENTICATED, 'This bearer token is not valid.');
      }
      res.locals.viewer = ADMIN_TOKEN_VIEWER;
      return next();
    }
    const token = cookieValue(req.get('cookie'), cookieName(config.secureCookies));
    if (!token) return next();
    sessions.viewer(hashToken(token), new Date()).then(
      (viewer) => {
        res.locals.viewer = viewer ?? ANONYMOUS;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}
