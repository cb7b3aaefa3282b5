import mongoose from 'mongoose';
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../shared/logger';

export type RateLimitStore = 'memory' | 'mongo';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends (Retry-After when refused). */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;
const COLLECTION = 'rate_limits';
const SWEEP_MS = 60_000;

/**
 * Per-minute request budgets (rate-limiter-flexible). `memory`: per instance, no I/O (default).
 * `mongo`: one budget shared by every instance through the database. rate-limiter-flexible's Mongo
 * store relies on a TTL index only to delete old windows (FerretDB has no TTL indexes), so its own
 * index creation is off: we create the unique key index and sweep expired windows ourselves, which
 * works on MongoDB and FerretDB alike. A database failure falls back to a per-instance budget.
 */
export class RateLimits {
  private readonly limiters = new Map<number, RateLimiterAbstract>();
  private sweeper: NodeJS.Timeout | undefined;
  private indexed: Promise<unknown> | undefined;

  constructor(private readonly options: { store: RateLimitStore; logger: Logger }) {}

  async consume(subject: string, perMinute: number): Promise<RateDecision> {
    try {
      const res = await this.limiter(perMinute).consume(subject, 1);
      return decision(true, perMinute, res);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return decision(false, perMinute, rejection);
      // Neither the store nor its insurance answered: let the request through rather than fail reads.
      this.options.logger.warn({ err: String(rejection) }, 'rate limiter unavailable; request allowed');
      return { allowed: true, limit: perMinute, remaining: perMinute, resetSeconds: WINDOW_SECONDS };
    }
  }

  private limiter(points: number): RateLimiterAbstract {
    let limiter = this.limiters.get(points);
    if (!limiter) {
      const keyPrefix = `rl${points}`;
      const memory = new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix });
      limiter = this.options.store === 'mongo' ? this.mongoLimiter(points, keyPrefix, memory) : memory;
      this.limiters.set(points, limiter);
    }
    return limiter;
  }

  private mongoLimiter(points: number, keyPrefix: string, insurance: RateLimiterMemory): RateLimiterAbstract {
    this.indexed ??= mongoose.connection
      .collection(COLLECTION)
      .createIndex({ key: 1 }, { unique: true })
      .catch((error: unknown) => this.options.logger.warn({ err: String(error) }, 'rate limit index not created'));
    this.startSweeping();
    return new RateLimiterMongo({
      storeClient: mongoose.connection.getClient(),
      dbName: mongoose.connection.db!.databaseName,
      tableName: COLLECTION,
      disableIndexesCreation: true,
      points,
      duration: WINDOW_SECONDS,
      keyPrefix,
      insuranceLimiter: insurance,
    });
  }

  /** Deletes finished windows (what a TTL index would do on MongoDB). */
  async sweep(now = new Date()): Promise<void> {
    await mongoose.connection.collection(COLLECTION).deleteMany({ expire: { $lte: now } });
  }

  private startSweeping(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.sweep().catch(() => undefined);
    }, SWEEP_MS);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}

function decision(allowed: boolean, limit: number, res: RateLimiterRes): RateDecision {
  return {
    allowed,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
