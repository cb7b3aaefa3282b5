import type { CounterKey } from './insight-counter.model';
import { type Dimension, unpackEntries } from './insight-day.model';

/** Counts per day, dimension and key: what the queries sum, from roll-ups and from today's live counters. */
export type DayEntries = Map<string, Map<string, number>>;

const j = (...parts: (string | null)[]) => parts.map((p) => p ?? '').join('|');

/** The dimension keys one counter adds to (insight-day.model.ts says what each key holds). */
export function keysOf(c: CounterKey): [Dimension, string][] {
  switch (c.action) {
    case 'SEARCH': {
      const keys: [Dimension, string][] = [['searchTotals', '']];
      if (c.inseeCode) keys.push(['communes', j(c.inseeCode, c.subcategoryId, c.nearBand)]);
      if (c.subcategoryId) keys.push(['subcategories', j(c.subcategoryId, c.searchAction)]);
      return keys;
    }
    case 'LOOKUP':
      return [['lookups', j(c.subcategoryId, c.phrase)]];
    case 'FEEDBACK':
      return [['feedback', j(c.placeId, c.outcome, c.subcategoryId, c.inseeCode)]];
    case 'OUTCOME':
      return [['places', j(c.placeId, c.outcome)]];
    default:
      return [];
  }
}

/** A counter document as read: one counter, or a process's places shown on a day (`shown`: `placeId\tcount` lines). */
export type StoredCounter = CounterKey & { count: number; shown?: string | null };

/** Sums counters (any instances, any days) into day → key → count for one dimension. */
export function fold(counters: readonly StoredCounter[], dimension: Dimension): DayEntries {
  const days: DayEntries = new Map();
  const add = (key: string, dayOf: string, count: number) => {
    let day = days.get(dayOf);
    if (!day) days.set(dayOf, (day = new Map()));
    day.set(key, (day.get(key) ?? 0) + count);
  };
  for (const counter of counters) {
    if (typeof counter.shown === 'string') {
      // Places shown: only the `places` dimension reads them, keyed as keysOf would.
      if (dimension === 'places')
        unpackEntries(counter.shown, (placeId, count) => add(j(placeId, counter.outcome), counter.day, count));
      continue;
    }
    for (const [d, key] of keysOf(counter)) if (d === dimension) add(key, counter.day, counter.count);
  }
  return days;
}

/** Splits a dimension key back into its fields ('' for null). */
export const fieldsOf = (key: string) => key.split('|');
