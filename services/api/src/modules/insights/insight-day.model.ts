import { Schema, model } from 'mongoose';

/**
 * What a closed day's counters are folded into: one document per day and dimension, holding only the
 * combinations the `insights` queries read (key → count). A year is then ~365 small reads per query.
 */
export const DIMENSIONS = ['searchTotals', 'communes', 'subcategories', 'lookups', 'feedback', 'places'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * One closed day of one dimension (`insight_days_<dimension>`, `_id` the day): one collection per dimension,
 * as FerretDB (SQLite) reads a whole collection for a range of `_id`s. Keys per dimension (fields joined by `|`, empty for null):
 * searchTotals `""`; communes `inseeCode|subcategoryId|nearBand`; subcategories `subcategoryId|searchAction`;
 * lookups `subcategoryId|phrase`; feedback `placeId|answer|subcategoryId|inseeCode`; places `placeId|outcome`.
 */
const insightDaySchema = new Schema(
  {
    _id: { type: String, required: true },
    /** `key\tcount` lines: one string, as FerretDB decodes each array element of a document at a cost. */
    entries: { type: String, default: '' },
  },
  { versionKey: false },
);

const models = new Map(
  DIMENSIONS.map((d) => [d, model(`InsightDay_${d}`, insightDaySchema, `insight_days_${d}`)] as const),
);
/** The roll-ups of one dimension. */
export const insightDays = (dimension: Dimension) => models.get(dimension)!;

/** A day's counts as stored: `key\tcount` lines (keys never hold a tab or a line break). */
export const packEntries = (entries: ReadonlyMap<string, number>) =>
  [...entries].map(([key, count]) => `${key.replace(/[\t\n]/g, ' ')}\t${count}`).join('\n');

/** Calls `visit` with each key and count of a stored day. */
export function unpackEntries(packed: string, visit: (key: string, count: number) => void): void {
  if (!packed) return;
  for (const line of packed.split('\n')) {
    const tab = line.lastIndexOf('\t');
    visit(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
}
