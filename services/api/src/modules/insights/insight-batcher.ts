import { randomBytes } from 'node:crypto';
import type { mongo } from 'mongoose';
import type { Logger } from '../../shared/logger';
import type { Counted } from './counted';
import { NO_DIMENSIONS } from './counted';
import { ROLL_UP_AFTER_MS, dayEnd } from './insight-rollup';
import { type CounterKey, InsightCounterModel, KEY_FIELDS, counterId } from './insight-counter.model';
import { packEntries } from './insight-day.model';

/** A counter document as the driver writes it (insight-counter.model.ts). */
type CounterDocument = { _id: string; seq: number; count: number; instance: string; shown?: string } & {
  [field in (typeof KEY_FIELDS)[number]]?: string | null;
};

/**
 * The places this process has shown on one day, since it started: how many times each, in parts of
 * SHOWN_PER_DOCUMENT place ids (place id → times), each part stored as one document; `partOf` says which
 * part holds a place, `dirty` which parts changed since the last write.
 */
interface ShownDay {
  parts: Map<string, number>[];
  partOf: Map<string, number>;
  dirty: Set<number>;
}

/** One part of a day's places shown, as a flush writes it: the whole part, `placeId\tcount` lines. */
interface ShownPart {
  day: string;
  part: number;
  packed: string;
  count: number;
}

interface Batch {
  seq: number;
  counts: Map<string, { key: CounterKey; count: number }>;
  shown: ShownPart[];
}

/** How long a stop waits for the last flush. */
export const STOP_WAIT_MS = 10_000;

/** Place ids per "places shown" document (~30 bytes each: ~300 KB, far below a document's 16 MB). */
export const SHOWN_PER_DOCUMENT = 10_000;

const isDuplicateKey = (error: unknown) => (error as { code?: number } | undefined)?.code === 11000;

/** Compact entries waiting before they are expanded, in the next turn of the event loop (about a millisecond). */
export const FOLD_AT = 256;
/** Entries kept at most: reached only if one turn records this many; they are then expanded at once. */
export const MAX_ENTRIES = 8_192;

/**
 * Counts in memory and adds them to the database every `flushMs` with one `$inc` upsert per counter,
 * into this process's own documents (insight-counter.model.ts). Each flush is numbered (`seq`) and a
 * document records the last flush it received, so a flush retried after a failure is never counted twice.
 * Counts not yet flushed when the process dies are lost (a few seconds of counting), never doubled.
 *
 * A request appends one compact entry (`record`, counted.ts): its counters are worked out off the request
 * path (`fold`), in the next turn of the event loop once FOLD_AT entries wait, and at each flush. Memory is
 * bounded: at most MAX_ENTRIES entries wait, then the counters, one per distinct set of dimensions (as
 * before); a full buffer is expanded early, never dropped.
 */
export class InsightBatcher {
  /** Random per process: a restarted process starts its own sequence. */
  readonly instance = `i${randomBytes(6).toString('hex')}`;
  private seq = 0;
  private current = new Map<string, { key: CounterKey; count: number }>();
  /** Compact entries not expanded yet: day, entry, day, entry… (two pushes, no object per request). */
  private entries: (string | Counted)[] = [];
  private folding: NodeJS.Immediate | null = null;
  /**
   * Places shown, per day and place id, since this process started (cumulative): the ids are the
   * directory's own strings, so adding to them is a hash lookup, not a counter id per place shown.
   */
  private readonly shown = new Map<string, ShownDay>();
  /** A flush that failed, retried before the next one (same seq: idempotent). */
  private pending: Batch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  /** When the places shown were last written (they wait for `shownFlushMs`, at least one flush). */
  private shownWrittenAt = Date.now();

  /**
   * `shownFlushMs`: the places shown are written with the first flush at least this long after the last
   * write of them (and at stop). Each write replaces the changed parts of the day's documents whole (up to
   * SHOWN_PER_DOCUMENT places each), so it is larger than a flush of counters: not every 10 s (default:
   * with every flush).
   */
  constructor(
    private readonly flushMs: number,
    private readonly logger: Logger,
    private readonly shownFlushMs = flushMs,
    private readonly stopWaitMs = STOP_WAIT_MS,
  ) {}

  add(key: CounterKey, count = 1): void {
    const id = counterId(key);
    const entry = this.current.get(id);
    if (entry) entry.count += count;
    else this.current.set(id, { key, count });
  }

  /** Counts one request's compact entry on `day`; its counters are written out later (fold). */
  record(day: string, counted: Counted): void {
    this.entries.push(day, counted);
    if (this.entries.length < 2 * FOLD_AT) return;
    if (this.entries.length >= 2 * MAX_ENTRIES) this.fold();
    else this.folding ??= setImmediate(() => this.fold());
  }

  /** Entries recorded and not expanded yet. */
  get waiting(): number {
    return this.entries.length / 2;
  }

  /**
   * Expands the waiting entries into counters. Answers replayed from the response cache record the same
   * entry object again: each distinct entry of a day is expanded once, with its number of requests.
   */
  fold(): void {
    if (this.folding) clearImmediate(this.folding);
    this.folding = null;
    const entries = this.entries;
    if (entries.length === 0) return;
    this.entries = [];
    const days = new Map<string, Map<Counted, number>>();
    let day = '';
    let times: Map<Counted, number> | undefined;
    for (let i = 0; i < entries.length; i += 2) {
      if (entries[i] !== day || !times) {
        day = entries[i] as string;
        times = days.get(day);
        if (!times) days.set(day, (times = new Map()));
      }
      const counted = entries[i + 1] as Counted;
      times.set(counted, (times.get(counted) ?? 0) + 1);
    }
    for (const [d, counts] of days) for (const [counted, n] of counts) this.expand(d, counted, n);
  }

  private expand(day: string, counted: Counted, n: number): void {
    if (counted.kind === 'KEY') return this.add({ ...counted.key, day }, n);
    const { searchAction, inseeCode, nearBand } = counted;
    for (const subcategoryId of counted.subcategoryIds)
      this.add({ ...NO_DIMENSIONS, day, action: 'SEARCH', searchAction, subcategoryId, inseeCode, nearBand }, n);
    let shown = this.shown.get(day);
    if (!shown) this.shown.set(day, (shown = { parts: [], partOf: new Map(), dirty: new Set() }));
    for (const placeId of counted.placeIds) {
      let part = shown.partOf.get(placeId);
      if (part === undefined) {
        if (!shown.parts.length || shown.parts.at(-1)!.size >= SHOWN_PER_DOCUMENT) shown.parts.push(new Map());
        part = shown.parts.length - 1;
        shown.partOf.set(placeId, part);
      }
      const places = shown.parts[part]!;
      places.set(placeId, (places.get(placeId) ?? 0) + n);
      shown.dirty.add(part);
    }
  }

  /** The parts of the places shown changed since they were last written, whole (and marked written). */
  private takeShown(): ShownPart[] {
    const out: ShownPart[] = [];
    for (const [day, shown] of this.shown) {
      for (const part of shown.dirty) {
        const places = shown.parts[part]!;
        let count = 0;
        for (const n of places.values()) count += n;
        out.push({ day, part, count, packed: packEntries(places) });
      }
      shown.dirty.clear();
    }
    return out;
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
    // A flush under way may leave the places shown for later: let it end, then write everything. A write
    // that does not answer within `stopWaitMs` is given up (its counts are lost, never doubled): a shutdown
    // never waits on a stuck database.
    let timer: NodeJS.Timeout | undefined;
    const givenUp = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.stopWaitMs)));
    const last = (async () => {
      await this.flushing?.catch(() => undefined);
      await this.flush(true);
    })();
    const outcome = await Promise.race([last, givenUp]).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'insights: last flush failed');
    });
    clearTimeout(timer);
    if (outcome === 'late') this.logger.warn({ waitedMs: this.stopWaitMs }, 'insights: last flush given up at stop');
  }

  /**
   * Writes the pending flush (if any) then what was counted since; one flush at a time. The places shown
   * go with it once `shownFlushMs` has passed since they were last written, or with `all`.
   */
  flush(all = false): Promise<void> {
    this.flushing ??= this.flushOnce(all).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async flushOnce(all: boolean): Promise<void> {
    this.fold();
    if (this.pending) {
      await this.write(this.pending);
      this.pending = null;
    }
    const now = Date.now();
    // Days over for longer than a flush may be late are forgotten (their counts would be dropped).
    for (const day of this.shown.keys()) if (dayEnd(day) < now - ROLL_UP_AFTER_MS) this.shown.delete(day);
    const shown = all || now - this.shownWrittenAt >= this.shownFlushMs ? this.takeShown() : [];
    if (shown.length) this.shownWrittenAt = now;
    if (this.current.size === 0 && shown.length === 0) return;
    this.seq += 1;
    this.pending = { seq: this.seq, counts: this.current, shown };
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
    const shownLate = batch.shown.filter((part) => dayEnd(part.day) < tooLate);
    if (shownLate.length) {
      batch.shown = batch.shown.filter((part) => dayEnd(part.day) >= tooLate);
      this.logger.warn({ days: shownLate.map((p) => p.day) }, 'insights: places shown of a closed day dropped');
    }
    const ops: mongo.AnyBulkWriteOperation<CounterDocument>[] = [...batch.counts.entries()].map(
      ([id, { key, count }]) => ({
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
      }),
    );
    for (const { day, part, packed, count } of batch.shown)
      ops.push({
        updateOne: {
          // The whole part as this process has counted it so far: written again, it replaces itself
          // (never adds), and an older flush retried late matches nothing (seq) and changes nothing.
          filter: { _id: `${day}|SHOWN|${this.instance}|${part}`, seq: { $lt: batch.seq } },
          update: {
            $set: { shown: packed, count, seq: batch.seq },
            $setOnInsert: { ...NO_DIMENSIONS, day, action: 'OUTCOME', outcome: 'SHOWN', instance: this.instance },
          },
          upsert: true,
        },
      });
    if (ops.length === 0) return;
    try {
      // The driver's bulkWrite, not the model's: these operations are plain strings and numbers, and
      // mongoose's casting of each one (~20 per counted search, one per place shown) was most of the
      // flush's CPU time in the API process.
      await (InsightCounterModel.collection as unknown as mongo.Collection<CounterDocument>).bulkWrite(ops, {
        ordered: false,
      });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
      if (!writeErrors?.length || !writeErrors.every((e) => isDuplicateKey(e) || isDuplicateKey(e.err))) throw error;
    }
  }
}
