import type { Logger } from '../../shared/logger';
import { ApiKeyRegistry } from './api-key-registry';
import { ApiKeyService } from './api-key.service';
import { partnerAccess } from './partner-access';
import { RateLimits, type RateLimitStore } from '../../shared/rate-limits';
import { UsageRecorder } from './usage-recorder';

export interface PartnersConfig {
  anonymousPerMinute: number;
  keyDefaultPerMinute: number;
  rateLimitStore: RateLimitStore;
  keyRefreshMs: number;
  usageFlushMs: number;
}

/** The partners domain at run time: key cache, rate limits, usage counters and the HTTP guard. */
export class Partners {
  readonly registry: ApiKeyRegistry;
  readonly limits: RateLimits;
  readonly usage: UsageRecorder;
  readonly apiKeys: ApiKeyService;

  constructor(
    readonly config: PartnersConfig,
    logger: Logger,
  ) {
    this.registry = new ApiKeyRegistry({ refreshMs: config.keyRefreshMs, logger });
    this.limits = new RateLimits({ store: config.rateLimitStore, logger });
    this.usage = new UsageRecorder({ flushMs: config.usageFlushMs, logger });
    this.apiKeys = new ApiKeyService({
      defaultRatePerMinute: config.keyDefaultPerMinute,
      onChange: () => void this.registry.load(),
    });
  }

  /** Loads the keys and starts the refresh and flush timers. */
  async start(): Promise<void> {
    await this.registry.load();
    this.registry.startRefreshing();
    this.usage.start();
  }

  /** Express guard for public endpoints (see partnerAccess). */
  guard() {
    return partnerAccess({
      registry: this.registry,
      limits: this.limits,
      usage: this.usage,
      anonymousPerMinute: this.config.anonymousPerMinute,
    });
  }

  /** Stops timers and writes the pending usage counts (call before closing the database). */
  async stop(): Promise<void> {
    this.registry.stop();
    this.limits.stop();
    await this.usage.stop();
  }
}
