import { randomBytes } from 'node:crypto';
import type { AnyBulkWriteOperation } from 'mongoose';
import type { Logger } from '../../shared/logger';
import { ROLL_UP_AFTER_MS, dayEnd } from './insight-rollup';
import { type CounterKey, InsightCounterModel, KEY_FIELDS, counterId } from './insight-counter.model';

interface Batch {
  seq: number;
  counts: Map<string, { key: CounterKey; count: number }>;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number } | undefined)?.code === 11000;

/**
 * Counts in memory and adds them to the database every `flushMs` with one `$inc` upsert per counter,
 * into this process's own documents (insight-counter.model.ts). Each flush is numbered (`seq`) and a
 * document records the last flush it received, so a flush retried after a failure is never counted twice. Counts not yet
 * flushed when the process dies are lost (a few seconds of counting), never doubled.
 */
export class InsightBatcher {
  /** Random per process: a restarted process starts its own sequence. */
  readonly instance = `i${randomBytes(6).toString('hex')}`;
  private seq = 0;
  private current = new Map<string, { key: CounterKey; count: number }>();
  /** A flush that failed, retried before the next one (same seq: idempotent). */
  private pending: Batch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly flushMs: number,
    private readonly logger: Logger,
  ) {}

  add(key: CounterKey, count = 1): void {
    const id = counterId(key);
    const entry = this.current.get(id);
    if (entry) entry.count += count;
    else this.current.set(id, { key, count });
  }

  start(): void {
    if (this.timer || this.flushMs <= 0) return;
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.flushMs);
    this.timer.unref();
  }

  /** Stops the timer and flushes what is left (graceful shutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush().catch((error: unknown) => this.logger.warn({ err: error }, 'insights: last flush failed'));
  }

  /** Writes the pending flush (if any) then what was counted since; one flush at a time. */
  flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    if (this.pending) {
      await this.write(this.pending);
      this.pending = null;
    }
    if (this.current.size === 0) return;
    this.seq += 1;
    this.pending = { seq: this.seq, counts: this.current };
    this.current = new Map();
    try {
      await this.write(this.pending);
      this.pending = null;
    } catch (error) {
      this.logger.warn({ err: error }, 'insights: flush failed, retried at the next one');
      throw error;
    }
  }

  private async write(batch: Batch): Promise<void> {
    // A day may be rolled up from ROLL_UP_AFTER_MS after its end (insight-rollup.ts): counts of a day over
    // for half of that (a flush retried for an hour) are dropped, so a rolled-up day never changes.
    const tooLate = Date.now() - ROLL_UP_AFTER_MS / 2;
    const late = [...batch.counts.entries()].filter(([, { key }]) => dayEnd(key.day) < tooLate);
    for (const [id, { key, count }] of late) {
      batch.counts.delete(id);
      this.logger.warn({ day: key.day, count }, 'insights: counts of a closed day dropped (flushed too late)');
    }
    const ops: AnyBulkWriteOperation[] = [...batch.counts.entries()].map(([id, { key, count }]) => ({
      updateOne: {
        // Matches only if this flush is not in yet; else the upsert's insert fails on the _id (ignored).
        filter: { _id: `${id}|${this.instance}`, seq: { $lt: batch.seq } },
        update: {
          $inc: { count },
          $set: { seq: batch.seq },
          $setOnInsert: { ...Object.fromEntries(KEY_FIELDS.map((f) => [f, key[f]])), instance: this.instance },
        },
        upsert: true,
      },
    }));
    if (ops.length === 0) return;
    try {
      await InsightCounterModel.bulkWrite(ops, { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
      if (!writeErrors?.length || !writeErrors.every((e) => isDuplicateKey(e) || isDuplicateKey(e.err))) throw error;
    }
  }
}
