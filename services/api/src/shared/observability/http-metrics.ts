import type { NextFunction, Request, Response } from 'express';
import { metrics } from './metrics';

// A route label per endpoint family, never the raw path (ids and slugs would make endless series).
const ROUTES: [prefix: string, route: string][] = [
  ['/graphql', '/graphql'],
  ['/healthz', '/healthz'],
  ['/readyz', '/readyz'],
  ['/metrics', '/metrics'],
  ['/exports', '/exports'],
  ['/embed', '/embed'],
  ['/config.json', '/config.json'],
  ['/styles/', '/styles'],
  ['/assets/', '/assets'],
];

export function routeLabel(path: string): string {
  for (const [prefix, route] of ROUTES) if (path.startsWith(prefix)) return route;
  return 'web';
}

/** Express middleware: request count and latency per route family, method and status. */
export function httpMetrics() {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Read now: routers mounted with app.use() rewrite req.url while they handle the request.
    const route = routeLabel(req.path);
    res.once('finish', () => {
      const method = req.method;
      metrics.httpRequests.inc({ route, method, status: String(res.statusCode) });
      metrics.httpDuration.observe({ route, method }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
