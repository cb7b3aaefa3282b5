import type { Express } from 'express';
import mongoose from 'mongoose';
import type { Lifecycle } from '../lifecycle';
import { version } from '../version';

/** What readiness reads of the in-memory directory (modules/places' DirectoryService). */
export interface DirectoryState {
  readonly ready: boolean;
  readonly index: { readonly size: number };
  readonly lastRefreshAt: Date | null;
}

/** Liveness (`/healthz`), readiness (`/readyz`) and read-serving readiness (`/readyz/reads`). */
export function healthRoutes(
  app: Express,
  { directory, lifecycle }: { directory: DirectoryState; lifecycle: Lifecycle },
) {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', version });
  });
  app.get('/readyz', (_req, res) => {
    const database = mongoose.connection.readyState === 1;
    const ready = database && directory.ready && !lifecycle.draining;
    res.status(ready ? 200 : 503).json({
      status: lifecycle.draining ? 'draining' : ready ? 'ready' : 'not-ready',
      database: database ? 'up' : 'down',
      index: { built: directory.ready, places: directory.index.size, lastRefreshAt: directory.lastRefreshAt },
    });
  });
  // For load balancers and Kubernetes readiness: an instance without its database still answers
  // searches from memory, so only a missing index or draining takes it out of rotation.
  app.get('/readyz/reads', (_req, res) => {
    const serving = directory.ready && !lifecycle.draining;
    res
      .status(serving ? 200 : 503)
      .json({ status: lifecycle.draining ? 'draining' : serving ? 'serving' : 'not-ready' });
  });
}
