import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

export const REQUEST_ID_HEADER = 'x-request-id';
// A proxy's or client's id is kept when it looks like one (so logs join across hops); anything else
// (too long, odd characters that could forge log lines) is replaced by a fresh UUID.
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);
// Query parameters whose value is a secret: a password link's one-time token in links mailed before it moved to
// the fragment (/admin/mot-de-passe?token=…), and whatever a client might send in an address by mistake.
const SECRET_PARAMETER = /token|secret|passw|key|signature/i;
const MAX_LOGGED_URL = 200;

/** The address as logged: the values of secret-named query parameters replaced by `[redacted]`, then cut. */
export function loggedUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url.slice(0, MAX_LOGGED_URL);
  const parameters = url
    .slice(query + 1)
    .split('&')
    .map((parameter) => {
      const equals = parameter.indexOf('=');
      if (equals < 0) return parameter;
      let name = parameter.slice(0, equals);
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: judged as written
      }
      return SECRET_PARAMETER.test(name) ? `${parameter.slice(0, equals)}=[redacted]` : parameter;
    });
  return `${url.slice(0, query)}?${parameters.join('&')}`.slice(0, MAX_LOGGED_URL);
}

/** The request id for a request: its valid `x-request-id`, or a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED_ID.test(value) ? value : randomUUID();
}

/**
 * One JSON log line per request (pino-http) with its id, echoed in `x-request-id`; `req.log` is a
 * child logger carrying the id, for resolvers. Probes are not logged; headers (API keys), client
 * addresses and secret query parameters (a password link's token) never are.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // req.log (resolvers' logger) binds only `reqId`; the request line itself carries `req`.
    quietReqLogger: true,
    autoLogging: { ignore: (req) => QUIET.has((req.url ?? '').split('?')[0]!) },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: loggedUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
