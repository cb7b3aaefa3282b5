import type { Logger } from '../../../shared/logger';
import { purgeExpiredUploads } from './upload-store';

/** How often each instance deletes expired uploads (a deleteMany; instances sweeping at once is harmless). */
export const UPLOAD_SWEEP_MS = 10 * 60 * 1000;

/**
 * Deletes expired uploads and their chunks on a timer, so that an unused file goes within minutes of
 * its expiry instead of waiting for the next upload (FerretDB has no TTL index to do it).
 */
export class UploadSweeper {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(private readonly deps: { logger: Logger; everyMs?: number }) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.deps.everyMs ?? UPLOAD_SWEEP_MS);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress, so the database can be closed after it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  /** Deletes what expired by `now`; returns how many uploads went (0 when the database failed: logged). */
  sweep(now = new Date()): Promise<number> {
    this.sweeping ??= purgeExpiredUploads(now)
      .catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'expired uploads not deleted; retried at the next sweep');
        return 0;
      })
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }
}
