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
/** The roll-ups of one dimension: days of months not folded yet (the current month, the last one for a while). */
export const insightDays = (dimension: Dimension) => models.get(dimension)!;

/**
 * Dimensions whose closed months are folded into one document per month (insight-rollup.ts). Not
 * `searchTotals`: `searchesByDay` needs its days, and its day documents are tiny.
 */
export const MONTH_DIMENSIONS = DIMENSIONS.filter((d) => d !== 'searchTotals');
export type MonthDimension = Exclude<Dimension, 'searchTotals'>;

const monthModels = new Map(
  MONTH_DIMENSIONS.map(
    (d) =>
      [
        d,
        {
          months: model(`InsightMonth_${d}`, insightDaySchema, `insight_months_${d}`),
          pastDays: model(`InsightPastDay_${d}`, insightDaySchema, `insight_past_days_${d}`),
        },
      ] as const,
  ),
);
/**
 * A closed month of one dimension folded into one document (`insight_months_<dimension>`, `_id` YYYY-MM):
 * a year is then 12 documents plus the current month's days. FerretDB (SQLite) costs mostly per document
 * read (365 documents of 15 KB: ~210 ms; 12 of the same bytes in all: ~85 ms).
 */
export const insightMonths = (dimension: MonthDimension) => monthModels.get(dimension)!.months;
/**
 * The days of folded months, moved out of `insight_days_<dimension>` (which a range read scans whole on
 * FerretDB): read one by one by `_id`, only for a range that starts or ends inside a folded month.
 */
export const insightPastDays = (dimension: MonthDimension) => monthModels.get(dimension)!.pastDays;

/** A day's (or month's) counts as stored: `key\tcount` lines (keys never hold a tab or a line break). */
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
