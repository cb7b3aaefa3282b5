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
    keys: { type: [String], default: [] },
    counts: { type: [Number], default: [] },
  },
  { versionKey: false },
);

const models = new Map(
  DIMENSIONS.map((d) => [d, model(`InsightDay_${d}`, insightDaySchema, `insight_days_${d}`)] as const),
);
/** The roll-ups of one dimension. */
export const insightDays = (dimension: Dimension) => models.get(dimension)!;
