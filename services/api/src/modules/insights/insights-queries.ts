import { type StoredCounter, fieldsOf, fold } from './day-fold';
import { type InsightAction, InsightCounterModel } from './insight-counter.model';
import { type Dimension, insightDays, insightMonths, insightPastDays, unpackEntries } from './insight-day.model';

/** Communes and phrases counted fewer times than this are not shown (a rare search can say who made it). */
export const SHOWN_FROM = 5;

export interface DayRange {
  from: string;
  to: string;
}

const ACTION_OF: Record<Dimension, InsightAction> = {
  searchTotals: 'SEARCH',
  communes: 'SEARCH',
  subcategories: 'SEARCH',
  lookups: 'LOOKUP',
  feedback: 'FEEDBACK',
  places: 'OUTCOME',
};

type Visit = (day: string, key: string, count: number) => void;
type Packed = { _id: string; entries: string };

const DAY_MS = 86_400_000;
const dayAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The days from `from` to `to`, inclusive (YYYY-MM-DD). */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(dayAt(t));
  return days;
}
/** The months (YYYY-MM) the range touches, each with its first and last day. */
function monthsOf(range: DayRange) {
  const months: { month: string; first: string; last: string }[] = [];
  for (let month = range.from.slice(0, 7); month <= range.to.slice(0, 7);) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    months.push({ month, first: `${month}-01`, last: dayAt(Date.UTC(y, m, 1) - DAY_MS) });
    month = dayAt(Date.UTC(y, m, 1)).slice(0, 7);
  }
  return months;
}

/**
 * Every (day, key, count) of one dimension in the range, from, in this order (insight-rollup.ts says why
 * it is safe while a roll-up runs): the live counters of days not rolled up yet (today) and the days of
 * months not folded (insight_days_<dimension>), then the folded months (insight_months_<dimension>, one
 * document a month; `day` is then the month's first day). A range that starts or ends inside a folded
 * month takes that month's document less its days out of the range, or its days in the range, whichever
 * are fewer, read by `_id` (counts may then be negative for a day: callers sum by key, eachKey drops zeros).
 */
export async function eachEntry(dimension: Dimension, range: DayRange, visit: Visit): Promise<void> {
  const [rolled, live] = await Promise.all([
    insightDays(dimension)
      .find({ _id: { $gte: range.from, $lte: range.to } })
      .lean<Packed[]>()
      .maxTimeMS(10_000),
    InsightCounterModel.find({ action: ACTION_OF[dimension], day: { $gte: range.from, $lte: range.to } })
      .lean<StoredCounter[]>()
      .maxTimeMS(10_000),
  ]);
  const months =
    dimension === 'searchTotals'
      ? []
      : await insightMonths(dimension)
          .find({ _id: { $in: monthsOf(range).map((m) => m.month) } })
          .lean<Packed[]>()
          .maxTimeMS(10_000);
  const folded = new Set(months.map((m) => m._id));
  const rolledDays = new Set<string>();
  for (const { _id: day, entries } of rolled) {
    rolledDays.add(day);
    if (!folded.has(day.slice(0, 7))) unpackEntries(entries, (key, count) => visit(day, key, count));
  }
  // A day both rolled up and still in the counters is being deleted: its roll-up is the whole day.
  for (const [day, entries] of fold(
    live.filter((c) => !rolledDays.has(c.day) && !folded.has(c.day.slice(0, 7))),
    dimension,
  ))
    for (const [key, count] of entries) visit(day, key, count);
  if (dimension === 'searchTotals') return;

  const pastDays: { day: string; sign: 1 | -1 }[] = [];
  const wholeMonths = new Map<string, string>();
  for (const { month, first, last } of monthsOf(range)) {
    if (!folded.has(month)) continue;
    const from = range.from > first ? range.from : first;
    const to = range.to < last ? range.to : last;
    const inside = daysBetween(from, to);
    const outside = daysBetween(first, last).filter((d) => d < from || d > to);
    if (outside.length === 0 || outside.length < inside.length) {
      wholeMonths.set(month, first);
      pastDays.push(...outside.map((day) => ({ day, sign: -1 as const })));
    } else pastDays.push(...inside.map((day) => ({ day, sign: 1 as const })));
  }
  for (const { _id: month, entries } of months) {
    const first = wholeMonths.get(month);
    if (first) unpackEntries(entries, (key, count) => visit(first, key, count));
  }
  const past = insightPastDays(dimension);
  const read = await Promise.all(pastDays.map(({ day }) => past.findById(day).lean<Packed>().maxTimeMS(10_000)));
  read.forEach((doc, i) => {
    const { day, sign } = pastDays[i]!;
    if (doc) unpackEntries(doc.entries, (key, count) => visit(day, key, sign * count));
  });
}

/**
 * Each distinct key of a dimension once, with its total over the range (per month with `byMonth`). A year
 * holds the same keys day after day: summing whole keys first leaves a few thousand to take apart instead
 * of every day's (the parsing, not the database, was most of a year's `communes` at scale 1).
 */
async function eachKey(
  dimension: Dimension,
  range: DayRange,
  visit: (key: string, count: number, month: string) => void,
  byMonth = false,
): Promise<void> {
  const totals = new Map<string, number>();
  await eachEntry(dimension, range, (day, key, count) => {
    const k = byMonth ? `${day.slice(0, 7)}\t${key}` : key;
    totals.set(k, (totals.get(k) ?? 0) + count);
  });
  for (const [k, count] of totals)
    if (count === 0) continue;
    else if (byMonth) visit(k.slice(8), count, k.slice(0, 7));
    else visit(k, count, '');
}

/** Sums a dimension's counts by some part of the key (undefined: the entry is left out). */
async function sumBy(dimension: Dimension, range: DayRange, group: (fields: string[]) => string | undefined) {
  const sums = new Map<string, number>();
  await eachKey(dimension, range, (key, count) => {
    const g = group(fieldsOf(key));
    if (g !== undefined) sums.set(g, (sums.get(g) ?? 0) + count);
  });
  return sums;
}

/** Searches per day. */
export async function searchesByDay(range: DayRange) {
  const days = new Map<string, number>();
  await eachEntry('searchTotals', range, (day, _, count) => days.set(day, (days.get(day) ?? 0) + count));
  return [...days.entries()].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
}

export interface CommuneFigures {
  inseeCode: string;
  searches: number;
  nothingWithin5Km: number;
  nothingWithin15Km: number;
  nothingWithin30Km: number;
}

/** Per commune (and per sub-category): searches, and those with no matching place within 5, 15, 30 km. */
export async function communeSubcategoryFigures(range: DayRange, subcategoryIds: readonly string[] | null) {
  const only = subcategoryIds?.length ? new Set(subcategoryIds) : null;
  const rows = new Map<string, CommuneFigures & { subcategoryId: string }>();
  await eachKey('communes', range, (key, count) => {
    const [inseeCode = '', subcategoryId = '', band] = fieldsOf(key);
    if (only && !only.has(subcategoryId)) return;
    const id = `${inseeCode}|${subcategoryId}`;
    let row = rows.get(id);
    if (!row)
      rows.set(
        id,
        (row = {
          inseeCode,
          subcategoryId,
          searches: 0,
          nothingWithin5Km: 0,
          nothingWithin15Km: 0,
          nothingWithin30Km: 0,
        }),
      );
    row.searches += count;
    if (band !== 'KM5') row.nothingWithin5Km += count;
    if (band === 'KM30' || band === 'NONE') row.nothingWithin15Km += count;
    if (band === 'NONE') row.nothingWithin30Km += count;
  });
  return [...rows.values()];
}

/**
 * Per commune of the searched point: searches, and those with no matching place within 5, 15 and 30 km.
 * Communes with fewer than SHOWN_FROM searches are left out.
 */
export async function unmetByCommune(range: DayRange, subcategoryIds: readonly string[] | null) {
  const communes = new Map<string, CommuneFigures>();
  for (const row of await communeSubcategoryFigures(range, subcategoryIds)) {
    const c = communes.get(row.inseeCode) ?? {
      inseeCode: row.inseeCode,
      searches: 0,
      nothingWithin5Km: 0,
      nothingWithin15Km: 0,
      nothingWithin30Km: 0,
    };
    c.searches += row.searches;
    c.nothingWithin5Km += row.nothingWithin5Km;
    c.nothingWithin15Km += row.nothingWithin15Km;
    c.nothingWithin30Km += row.nothingWithin30Km;
    communes.set(c.inseeCode, c);
  }
  return [...communes.values()]
    .filter((c) => c.searches >= SHOWN_FROM)
    .sort((a, b) => b.nothingWithin15Km - a.nothingWithin15Km || a.inseeCode.localeCompare(b.inseeCode));
}

/** The phrases the resolver did not know, most typed first (only those typed SHOWN_FROM times or more). */
export const unknownPhrases = async (range: DayRange, first: number) =>
  [...(await sumBy('lookups', range, ([, phrase]) => phrase || undefined)).entries()]
    .filter(([, count]) => count >= SHOWN_FROM)
    .map(([phrase, count]) => ({ phrase, count }))
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase))
    .slice(0, first);

/** Searches per sub-category and searched action (GIVE, BUY…; null: any). */
export const soughtSubcategories = async (range: DayRange) =>
  [...(await sumBy('subcategories', range, (fields) => fields.join('|'))).entries()]
    .map(([key, count]) => {
      const [subcategoryId = '', action] = fieldsOf(key);
      return { subcategoryId, action: action || null, count };
    })
    .sort((a, b) => b.count - a.count || a.subcategoryId.localeCompare(b.subcategoryId));

/** "Avez-vous trouvé ?" answers, for some places or all. */
export async function feedbackAnswers(range: DayRange, placeIds: readonly string[] | null) {
  const only = placeIds ? new Set(placeIds) : null;
  const sums = await sumBy('feedback', range, ([placeId = '', answer]) =>
    only && !only.has(placeId) ? undefined : answer,
  );
  return [...sums.entries()]
    .map(([answer, count]) => ({ answer, count }))
    .sort((a, b) => a.answer.localeCompare(b.answer));
}

export interface Figures {
  shown: number;
  opened: number;
  called: number;
  website: number;
  directions: number;
}
const FIELD_OF: Record<string, keyof Figures> = {
  SHOWN: 'shown',
  OPENED: 'opened',
  CALLED: 'called',
  WEBSITE: 'website',
  DIRECTIONS: 'directions',
};
export const noFigures = (): Figures => ({ shown: 0, opened: 0, called: 0, website: 0, directions: 0 });

/** Place outcomes per place, or per month (YYYY-MM) with `byMonth`. */
export async function outcomeFigures(range: DayRange, placeIds: readonly string[] | null, byMonth = false) {
  const only = placeIds ? new Set(placeIds) : null;
  const groups = new Map<string, Figures>();
  await eachKey(
    'places',
    range,
    (key, count, month) => {
      const [placeId = '', outcome = ''] = fieldsOf(key);
      const field = FIELD_OF[outcome];
      if (!field || (only && !only.has(placeId))) return;
      const id = byMonth ? month : placeId;
      let figures = groups.get(id);
      if (!figures) groups.set(id, (figures = noFigures()));
      figures[field] += count;
    },
    byMonth,
  );
  return groups;
}

/** Per place: how often it was shown in results, opened, called, its website opened, directions asked. */
export const placeFigures = async (range: DayRange, placeIds: readonly string[] | null) =>
  [...(await outcomeFigures(range, placeIds)).entries()]
    .map(([placeId, figures]) => ({ placeId, ...figures }))
    .sort((a, b) => b.shown - a.shown || a.placeId.localeCompare(b.placeId));

/**
 * Sub-categories sought from some communes (e.g. those near a structure's places): searches, and those with
 * nothing within 15 km; whether `offered` holds it. Sub-categories sought fewer than SHOWN_FROM times left out.
 */
export async function soughtNear(range: DayRange, communes: ReadonlySet<string>, offered: ReadonlySet<string>) {
  const subcategories = new Map<string, { searches: number; nothingWithin15Km: number }>();
  for (const row of await communeSubcategoryFigures(range, null)) {
    if (!row.subcategoryId || !communes.has(row.inseeCode)) continue;
    const s = subcategories.get(row.subcategoryId) ?? { searches: 0, nothingWithin15Km: 0 };
    s.searches += row.searches;
    s.nothingWithin15Km += row.nothingWithin15Km;
    subcategories.set(row.subcategoryId, s);
  }
  return [...subcategories.entries()]
    .filter(([, s]) => s.searches >= SHOWN_FROM)
    .map(([subcategoryId, s]) => ({ subcategoryId, offered: offered.has(subcategoryId), ...s }))
    .sort((a, b) => b.searches - a.searches || a.subcategoryId.localeCompare(b.subcategoryId));
}

/** Place outcomes per month (YYYY-MM), oldest first. */
export const monthFigures = async (range: DayRange, placeIds: readonly string[]) =>
  [...(await outcomeFigures(range, placeIds, true)).entries()]
    .map(([month, figures]) => ({ month, ...figures }))
    .sort((a, b) => a.month.localeCompare(b.month));
