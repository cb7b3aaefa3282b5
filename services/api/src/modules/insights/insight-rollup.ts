import type { Logger } from '../../shared/logger';
import { type StoredCounter, fold } from './day-fold';
import { InsightCounterModel } from './insight-counter.model';
import {
  DIMENSIONS,
  type Dimension,
  MONTH_DIMENSIONS,
  type MonthDimension,
  insightDays,
  insightMonths,
  insightPastDays,
  packEntries,
  unpackEntries,
} from './insight-day.model';

const HOUR = 3_600_000;
/**
 * A day is rolled up this long after it ended (taken as the next day's 00:00 UTC, at or after midnight in
 * Paris). The batcher drops counts of a day closed for more than half of it (insight-batcher.ts), so
 * nothing is added to a day's counters once it can be rolled up.
 */
export const ROLL_UP_AFTER_MS = 2 * HOUR;

/** When a day (YYYY-MM-DD) is over everywhere: the next day's 00:00 UTC. */
export const dayEnd = (day: string) => Date.parse(`${day}T00:00:00Z`) + 24 * HOUR;

const isDuplicateKey = (error: unknown) => {
  const e = error as { code?: number; writeErrors?: { code?: number; err?: { code?: number } }[] };
  if (e?.code === 11000 && !e.writeErrors?.length) return true;
  return !!e?.writeErrors?.length && e.writeErrors.every((w) => w.code === 11000 || w.err?.code === 11000);
};

/**
 * Folds each closed day's per-process counters (`insight_counters`) into one `insight_days_<dimension>` document
 * per dimension, then deletes them. Idempotent and safe with several instances: a day's counters no longer
 * change when it is rolled up; every dimension's document is inserted (a duplicate `_id` means another
 * instance, or an earlier run that stopped half-way, already did) before any counter is deleted, so a
 * reader that sees the counters gone also sees the roll-ups; readers skip live counters of a rolled day.
 */
export async function rollUpClosedDays(now: Date, logger?: Logger): Promise<string[]> {
  const days = ((await InsightCounterModel.distinct('day')) as string[])
    .filter((day) => dayEnd(day) + ROLL_UP_AFTER_MS <= now.getTime())
    .sort();
  // A backlog (an instance down for weeks, a benchmark) is read a month at a time, not a day at a time.
  for (let i = 0; i < days.length; i += CHUNK) await rollUpDays(days.slice(i, i + CHUNK));
  if (days.length) logger?.info({ days }, 'insights: days rolled up');
  return days;
}

const CHUNK = 31;

/** Rolls some closed days up (exported for tests: a run that stops between the inserts and the delete). */
export async function rollUpDays(days: readonly string[], options: { deleteCounters?: boolean } = {}): Promise<void> {
  const missing = new Map<Dimension, string[]>();
  for (const dimension of DIMENSIONS) {
    const done = new Set(
      (
        await insightDays(dimension)
          .find({ _id: { $in: days } }, { _id: 1 })
          .lean()
      ).map((d) => String(d._id)),
    );
    const left = days.filter((day) => !done.has(day));
    if (left.length) missing.set(dimension, left);
  }
  if (missing.size) {
    const counters = await InsightCounterModel.find({ day: { $in: days } }).lean<StoredCounter[]>();
    for (const [dimension, left] of missing) {
      const folded = fold(counters, dimension);
      const docs = left.map((day) => {
        const entries = folded.get(day) ?? new Map<string, number>();
        return { _id: day, entries: packEntries(entries) };
      });
      try {
        await insightDays(dimension).insertMany(docs, { ordered: false, lean: true });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }
  if (options.deleteCounters !== false) await InsightCounterModel.deleteMany({ day: { $in: days } });
}

/** When a month (YYYY-MM) is over everywhere: the next month's first day, 00:00 UTC. */
export const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m, 1);
};

/**
 * Folds each closed month whose days are all rolled up (two hours after it ended, no counter of it left)
 * into one `insight_months_<dimension>` document per dimension (not `searchTotals`), and moves its day
 * documents to `insight_past_days_<dimension>`. Idempotent and safe with several instances, per month
 * and dimension, in this order: the days are copied to the past days (a duplicate `_id` is a copy already
 * made), then the month is inserted (a duplicate `_id`: another instance or an earlier run did), then
 * the days are deleted. Readers (insights-queries.ts) read the days first and the months after: a month
 * they find is whole, its days are in the past days, and they skip its days; a month they do not find was
 * not inserted when they read the days, so none of its days was deleted yet.
 */
export async function rollUpClosedMonths(now: Date, logger?: Logger): Promise<string[]> {
  const countedMonths = new Set(((await InsightCounterModel.distinct('day')) as string[]).map((d) => d.slice(0, 7)));
  const done = new Set<string>();
  for (const dimension of MONTH_DIMENSIONS) {
    const days = (await insightDays(dimension).distinct('_id')) as string[];
    const months = [...new Set(days.map((d) => d.slice(0, 7)))]
      .filter((m) => !countedMonths.has(m) && monthEnd(m) + ROLL_UP_AFTER_MS <= now.getTime())
      .sort();
    for (const month of months) {
      await rollUpMonth(dimension, month);
      done.add(month);
    }
  }
  const months = [...done].sort();
  if (months.length) logger?.info({ months }, 'insights: months rolled up');
  return months;
}

const ignoreDuplicates = async (write: Promise<unknown>) => {
  try {
    await write;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
};

/** Folds one closed month of one dimension (exported for tests: a run that stops at `stopAfter`). */
export async function rollUpMonth(
  dimension: MonthDimension,
  month: string,
  options: { stopAfter?: 'copy' | 'insert' } = {},
): Promise<void> {
  const ofMonth = { _id: { $gte: `${month}-01`, $lte: `${month}-31` } };
  if (!(await insightMonths(dimension).exists({ _id: month }))) {
    const days = await insightDays(dimension).find(ofMonth).lean<{ _id: string; entries: string }[]>();
    if (days.length)
      await ignoreDuplicates(insightPastDays(dimension).insertMany(days, { ordered: false, lean: true }));
    if (options.stopAfter === 'copy') return;
    const sums = new Map<string, number>();
    for (const day of days) unpackEntries(day.entries, (key, count) => sums.set(key, (sums.get(key) ?? 0) + count));
    await ignoreDuplicates(insightMonths(dimension).create({ _id: month, entries: packEntries(sums) }));
    if (options.stopAfter === 'insert') return;
  }
  await insightDays(dimension).deleteMany(ofMonth);
}

/** Runs the roll-up at start and every hour (each instance; the work is idempotent). */
export class InsightRollup {
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly logger: Logger) {}

  start(): void {
    if (this.timer) return;
    const run = () => {
      this.running ??= rollUpClosedDays(new Date(), this.logger)
        .then(() => rollUpClosedMonths(new Date(), this.logger))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'insights: roll-up failed, retried next hour'))
        .finally(() => (this.running = null));
    };
    this.timer = setInterval(run, HOUR);
    this.timer.unref();
    // Not at once: a starting instance has other work, and tests stop their app within seconds.
    this.first = setTimeout(run, 30_000);
    this.first.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.first) clearTimeout(this.first);
    this.timer = this.first = null;
    await this.running;
  }
}
