import type { Logger } from '../../shared/logger';
import { ApiKeyModel, ApiKeyUsageModel } from './api-key.model';

interface Pending {
  keyId: string;
  month: string;
  requests: number;
  rateLimited: number;
  lastUsedAt: Date;
}

/** YYYY-MM of a date in the process time zone (Europe/Paris). */
export const monthOf = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/**
 * Counts requests per key and month in memory and flushes them every few seconds with `$inc`
 * upserts, so the request path never waits on the database.
 */
export class UsageRecorder {
  private pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(private readonly options: { flushMs: number; logger: Logger }) {}

  record(keyId: string, rateLimited: boolean, now = new Date()): void {
    const month = monthOf(now);
    const id = `${keyId}|${month}`;
    let entry = this.pending.get(id);
    if (!entry) {
      entry = { keyId, month, requests: 0, rateLimited: 0, lastUsedAt: now };
      this.pending.set(id, entry);
    }
    entry.requests += 1;
    if (rateLimited) entry.rateLimited += 1;
    entry.lastUsedAt = now;
  }

  /** Writes the pending counts; a failed batch is put back and retried at the next flush. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await ApiKeyUsageModel.bulkWrite(
        batch.map((entry) => ({
          updateOne: {
            filter: { keyId: entry.keyId, month: entry.month },
            update: {
              $inc: { requests: entry.requests, rateLimited: entry.rateLimited },
              $max: { lastUsedAt: entry.lastUsedAt },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      );
      await ApiKeyModel.bulkWrite(
        batch.map((entry) => ({
          updateOne: { filter: { _id: entry.keyId }, update: { $max: { lastUsedAt: entry.lastUsedAt } } },
        })),
        { ordered: false },
      );
    } catch (error) {
      for (const entry of batch) this.merge(entry);
      this.options.logger.warn({ err: (error as Error).message }, 'API key usage could not be saved; will retry');
    }
  }

  private merge(entry: Pending): void {
    const id = `${entry.keyId}|${entry.month}`;
    const current = this.pending.get(id);
    if (!current) this.pending.set(id, entry);
    else {
      current.requests += entry.requests;
      current.rateLimited += entry.rateLimited;
      if (entry.lastUsedAt > current.lastUsedAt) current.lastUsedAt = entry.lastUsedAt;
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
