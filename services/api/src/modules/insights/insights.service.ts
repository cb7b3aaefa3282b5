import type { Request } from 'express';
import type { Logger } from '../../shared/logger';
import type { DirectoryService } from '../places';
import { InsightBatcher } from './insight-batcher';
import { RequestInsights, refusesCounting } from './request-insights';

/** The app's insights: one batcher per process, a recorder per request (none for DNT / GPC). */
export class Insights {
  readonly batcher: InsightBatcher;

  constructor(private readonly deps: { directory: DirectoryService; logger: Logger; flushMs: number }) {
    this.batcher = new InsightBatcher(deps.flushMs, deps.logger);
  }

  start(): void {
    this.batcher.start();
  }

  stop(): Promise<void> {
    return this.batcher.stop();
  }

  /**
   * The request's recorder. With a response-cache ticket, a later request answered from the cache
   * counts what this one counted (its own DNT / GPC headers and day apply).
   */
  forRequest(req: Pick<Request, 'get'>, now: Date, ticket?: { replays?: ((req: Request) => void)[] }): RequestInsights {
    const batcher = refusesCounting((name) => req.get(name)) ? null : this.batcher;
    const recorder = new RequestInsights(batcher, this.deps.directory, now);
    if (ticket) (ticket.replays ??= []).push((later) => this.forRequest(later, new Date()).repeat(recorder.counted));
    return recorder;
  }
}
