import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * compression() for requests that accept an encoding (every browser does). The others skip it: it could
 * not compress their answer anyway, and wrapping the response still cost about 30 % of the throughput of
 * a small answer (scripts and servers calling the API without Accept-Encoding).
 */
export function compressionWhenAccepted(): RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding'); // what compression() says of the answers it could have compressed
    next();
  };
}
