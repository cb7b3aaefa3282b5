import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from './errors';
import type { Logger } from './logger';
import { SlotStore, WINDOW_MS } from './rate-limit-slots';

export type RateLimitStore = 'memory' | 'mongo';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends (Retry-After when refused). */
  resetSeconds: number;
}

const WINDOW_SECONDS = WINDOW_MS / 1000;
const SWEEP_MS = 60_000;
/** At most one "store unavailable" warning per this interval, however many requests fall back. */
const WARN_EVERY_MS = 30_000;

export interface RateLimitsOptions {
  store: RateLimitStore;
  logger: Logger;
  /** Clock of the shared store's windows (tests); Date.now by default. */
  now?: () => number;
}

/**
 * Per-minute request budgets. `memory`: per instance, no I/O (rate-limiter-flexible, the default).
 * `mongo`: one budget shared by every instance through the database, exact on MongoDB and FerretDB
 * alike (see SlotStore). When the database fails, each instance falls back to its own memory budget.
 */
export class RateLimits {
  private readonly memory = new Map<number, RateLimiterMemory>();
  private readonly slots: SlotStore | undefined;
  private readonly now: () => number;
  private sweeper: NodeJS.Timeout | undefined;
  private warnedAt = -Infinity;

  constructor(private readonly options: RateLimitsOptions) {
    this.now = options.now ?? Date.now;
    if (options.store === 'mongo') this.slots = new SlotStore(this.now, options.logger);
  }

  async consume(subject: string, perMinute: number): Promise<RateDecision> {
    if (this.slots) {
      this.startSweeping();
      try {
        return await this.slots.take(subject, perMinute);
      } catch (error) {
        this.warnFallback(error);
      }
    }
    return this.consumeInMemory(subject, perMinute);
  }

  /**
   * Takes one request from the budget, or throws RATE_LIMITED (`retryAfterSeconds`) with the message
   * `refusal` words for the seconds left: for GraphQL operations with a budget of their own.
   */
  async enforce(subject: string, perMinute: number, refusal: (retryAfterSeconds: number) => string): Promise<void> {
    const decision = await this.consume(subject, perMinute);
    if (!decision.allowed)
      throw new AppError(ErrorCode.RATE_LIMITED, refusal(decision.resetSeconds), {
        retryAfterSeconds: decision.resetSeconds,
      });
  }

  private async consumeInMemory(subject: string, perMinute: number): Promise<RateDecision> {
    try {
      return decision(true, perMinute, await this.limiter(perMinute).consume(subject, 1));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return decision(false, perMinute, rejection);
      // Even the memory limiter failed: let the request through rather than fail reads.
      this.options.logger.warn({ err: String(rejection) }, 'rate limiter unavailable; request allowed');
      return { allowed: true, limit: perMinute, remaining: perMinute, resetSeconds: WINDOW_SECONDS };
    }
  }

  private limiter(points: number): RateLimiterMemory {
    let limiter = this.memory.get(points);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix: `rl${points}` });
      this.memory.set(points, limiter);
    }
    return limiter;
  }

  private warnFallback(error: unknown): void {
    const now = Date.now();
    if (now - this.warnedAt < WARN_EVERY_MS) return;
    this.warnedAt = now;
    this.options.logger.warn({ err: String(error) }, 'shared rate-limit store unavailable; per-instance budgets');
  }

  /** Deletes the shared store's finished windows (nothing to do for the memory store). */
  async sweep(now = new Date(this.now())): Promise<void> {
    await this.slots?.sweep(now);
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
    this.sweeper = undefined;
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
