import type { CounterKey } from './insight-counter.model';
import type { Dimension } from './insight-day.model';

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

/** Sums counters (any instances, any days) into day → key → count for one dimension. */
export function fold(counters: readonly (CounterKey & { count: number })[], dimension: Dimension): DayEntries {
  const days: DayEntries = new Map();
  for (const counter of counters)
    for (const [d, key] of keysOf(counter)) {
      if (d !== dimension) continue;
      let day = days.get(counter.day);
      if (!day) days.set(counter.day, (day = new Map()));
      day.set(key, (day.get(key) ?? 0) + counter.count);
    }
  return days;
}

/** Splits a dimension key back into its fields ('' for null). */
export const fieldsOf = (key: string) => key.split('|');
