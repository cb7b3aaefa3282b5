import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { registry } from './metrics';

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * GET /metrics in the Prometheus text format. With a token configured, only `Authorization: Bearer
 * <token>` may scrape; without one, keep /metrics off the public proxy (the Caddyfile does).
 */
export function metricsEndpoint(token: string | undefined) {
  return async (req: Request, res: Response) => {
    if (token && !same(req.get('authorization') ?? '', `Bearer ${token}`)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text').send('metrics need the bearer token\n');
      return;
    }
    res
      .set('Cache-Control', 'no-store')
      .type(registry.contentType)
      .send(await registry.metrics());
  };
}
