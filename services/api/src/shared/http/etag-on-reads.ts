import etag from 'etag';
import type { RequestHandler, Response } from 'express';

/**
 * A weak ETag on GET and HEAD answers, as Express would add (so If-None-Match gets a 304), and none on
 * the rest: a POST answer is never revalidated, and hashing every GraphQL POST body cost about 2 % of
 * the API's CPU. For an app with Express's own `etag` setting off (files and exports set their own).
 */
export function etagOnReads(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const send = res.send;
      res.send = function sendWithEtag(this: Response, body?: unknown) {
        if (!this.get('ETag') && (typeof body === 'string' || Buffer.isBuffer(body)))
          this.setHeader('ETag', etag(body, { weak: true }));
        return send.call(this, body);
      } as Response['send'];
    }
    next();
  };
}
