import mongoose from 'mongoose';
import type { Logger } from './logger';
import type { RateDecision } from './rate-limits';

const COLLECTION = 'rate_limits';
export const WINDOW_MS = 60_000;
/** Inserts one call may try before giving up (each lost race means another request took a slot). */
const MAX_ATTEMPTS = 8;
/** Subjects whose hint is kept for the current window; past it the oldest hint is dropped. */
const MAX_HINTS = 50_000;
/** The unique index the former shared store (rate-limiter-flexible's Mongo store) left on this collection. */
const LEGACY_INDEX = 'key_1';

interface Slot {
  _id: string;
  /** `<points>|<subject>`: with `w`, what the count of a window's slots filters on. */
  k: string;
  w: number;
  expire: Date;
}

/** What this process knows of one budget in the current window. */
interface Hint {
  w: number;
  /** Highest slot number taken in the database or handed to a call of this process (0: none). */
  claimed: number;
}

/**
 * Shared per-minute budgets as slot documents: the n-th request allowed in window w for a budget of
 * `points` takes `{ _id: "<points>|<subject>|<w>|<n>" }`, n = 1, 2, 3… Both MongoDB and FerretDB
 * insert a given `_id` at most once (a concurrent duplicate fails with code 11000), so a slot number
 * is taken once and at most `points` requests are allowed per window across every instance, whatever
 * the concurrency. The local hint and the count only decide how many round trips that takes.
 * Cost: one insert per allowed request (plus a count after a lost race); refused requests are answered
 * from the hint without touching the database once the window is spent.
 */
export class SlotStore {
  private readonly hints = new Map<string, Hint>();
  private hintWindow = 0;
  private indexes: Promise<void> | undefined;
  private indexesFailed = false;

  constructor(
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  /** Takes the next free slot of the subject's budget in the current window; throws on a database failure. */
  async take(subject: string, points: number): Promise<RateDecision> {
    const now = this.clock();
    const w = Math.floor(now / WINDOW_MS);
    const end = (w + 1) * WINDOW_MS;
    const resetSeconds = Math.max(1, Math.ceil((end - now) / 1000));
    const refused: RateDecision = { allowed: false, limit: points, remaining: 0, resetSeconds };
    const k = `${points}|${subject}`;
    const hint = this.hint(k, w);
    if (hint.claimed >= points) return refused; // spent: no round trip until the window ends
    await this.ensureIndexes();
    const slots = this.collection();
    for (let attempt = 0; attempt < MAX_ATTEMPTS && hint.claimed < points; attempt += 1) {
      // Claimed synchronously, so concurrent calls of this process never race each other for a slot. If
      // the insert fails (network), n stays claimed here: the window may then admit one request fewer.
      const n = ++hint.claimed;
      if (await this.tryInsert(slots, { _id: `${k}|${w}|${n}`, k, w, expire: new Date(end) })) {
        return { allowed: true, limit: points, remaining: points - n, resetSeconds };
      }
      // Another instance took n. Slots are contiguous (but for some still in flight), so their count is
      // about the highest one taken: jump there rather than racing for every number on the way.
      hint.claimed = Math.max(hint.claimed, await slots.countDocuments({ k, w }));
    }
    // Spent, or lost MAX_ATTEMPTS races in a row: the latter means at least as many requests were
    // allowed meanwhile, i.e. a burst on this subject. Refusing may under-admit by a few requests in
    // that window; allowing would let the burst past the budget, which is what the budget is for.
    return refused;
  }

  /** Deletes the slots of finished windows (what a TTL index would do; FerretDB has none). */
  async sweep(now: Date): Promise<void> {
    if (this.indexesFailed) this.indexes = undefined; // retry once a minute until it works
    await this.ensureIndexes();
    await this.collection().deleteMany({ expire: { $lte: now } });
  }

  private hint(k: string, w: number): Hint {
    if (w !== this.hintWindow) {
      this.hints.clear(); // hints of past windows are worthless
      this.hintWindow = w;
    }
    let hint = this.hints.get(k);
    if (!hint || hint.w !== w) {
      if (this.hints.size >= MAX_HINTS) this.hints.delete(this.hints.keys().next().value!);
      hint = { w, claimed: 0 };
      this.hints.set(k, hint);
    }
    return hint;
  }

  private collection() {
    const db = mongoose.connection.db;
    if (!db) throw new Error('database not connected');
    return db.collection<Slot>(COLLECTION);
  }

  private async tryInsert(slots: mongoose.mongo.Collection<Slot>, slot: Slot): Promise<boolean> {
    try {
      await slots.insertOne(slot);
      return true;
    } catch (error) {
      if (isTakenSlot(error)) return false;
      throw error;
    }
  }

  /** `{ k, w }` for the count (not unique: the `_id` is what guards each slot). Never throws. */
  private ensureIndexes(): Promise<void> {
    this.indexes ??= this.createIndexes().then(
      () => {
        this.indexesFailed = false;
      },
      (error: unknown) => {
        this.indexesFailed = true;
        this.logger.warn({ err: String(error) }, 'rate limit index not created; retried at the next sweep');
      },
    );
    return this.indexes;
  }

  private async createIndexes(): Promise<void> {
    const slots = this.collection();
    // The old store's unique `key` index would refuse every slot after the first on MongoDB (no `key`: null).
    await slots.dropIndex(LEGACY_INDEX).catch((error: unknown) => {
      if ((error as { codeName?: string }).codeName !== 'IndexNotFound') throw error;
    });
    await slots.createIndex({ k: 1, w: 1 });
  }
}

/**
 * A duplicate `_id`: the slot is someone else's. A duplicate on another unique index (MongoDB names it in
 * `keyPattern`; FerretDB v1.24 names none) is a misconfigured collection, handled as a database failure.
 */
function isTakenSlot(error: unknown): boolean {
  const { code, keyPattern } = error as { code?: number; keyPattern?: Record<string, unknown> };
  return code === 11000 && (keyPattern === undefined || '_id' in keyPattern);
}
