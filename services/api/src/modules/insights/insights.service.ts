import type { Request } from 'express';
import type { Logger } from '../../shared/logger';
import type { DirectoryService } from '../places';
import { communeLookup } from './commune-lookup';
import type { Counted } from './counted';
import { InsightBatcher } from './insight-batcher';
import { InsightRollup } from './insight-rollup';
import { RequestInsights, dayOf, refusesCounting } from './request-insights';

/** The app's insights: one batcher per process, a recorder per request (none for DNT / GPC). */
export class Insights {
  readonly batcher: InsightBatcher;
  /** Folds closed days into daily roll-ups (insight-rollup.ts), so a year of figures is ~365 small reads. */
  private readonly rollup: InsightRollup;
  /** The commune a searched point is counted in, answered from a grid built once (commune-lookup.ts). */
  private readonly communes = communeLookup();

  constructor(
    private readonly deps: { directory: DirectoryService; logger: Logger; flushMs: number; shownFlushMs?: number },
  ) {
    this.batcher = new InsightBatcher(deps.flushMs, deps.logger, deps.shownFlushMs);
    this.rollup = new InsightRollup(deps.logger);
  }

  start(): void {
    this.batcher.start();
    if (this.deps.flushMs > 0) this.rollup.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.batcher.stop(), this.rollup.stop()]);
  }

  /**
   * The request's recorder. With a response-cache ticket, a later request answered from the cache
   * counts what this one counted (its own DNT / GPC headers and day apply): the same entries, one push each.
   */
  forRequest(req: Pick<Request, 'get'>, now: Date, ticket?: { replays?: ((req: Request) => void)[] }): RequestInsights {
    const batcher = refusesCounting((name) => req.get(name)) ? null : this.batcher;
    const recorder = new RequestInsights(batcher, this.deps.directory, this.communes, now, ticket !== undefined);
    if (ticket) (ticket.replays ??= []).push((later) => this.replay(later, recorder.counted));
    return recorder;
  }

  private replay(req: Pick<Request, 'get'>, counted: readonly Counted[]): void {
    if (counted.length === 0 || refusesCounting((name) => req.get(name))) return;
    const day = dayOf(new Date());
    for (const entry of counted) this.batcher.record(day, entry);
  }
}
