import type { PipelineStage } from 'mongoose';
import { InsightCounterModel } from './insight-counter.model';

/** Communes and phrases counted fewer times than this are not shown (a rare search can say who made it). */
export const SHOWN_FROM = 5;

export interface DayRange {
  from: string;
  to: string;
}

interface Summed {
  _id: Record<string, string | null>;
  count: number;
}

async function sum(match: Record<string, unknown>, by: string[], range: DayRange): Promise<Summed[]> {
  const pipeline: PipelineStage[] = [
    { $match: { ...match, day: { $gte: range.from, $lte: range.to } } },
    { $group: { _id: Object.fromEntries(by.map((f) => [f, `$${f}`])), count: { $sum: '$count' } } },
  ];
  return InsightCounterModel.aggregate<Summed>(pipeline).option({ maxTimeMS: 10_000 });
}

/** Searches per day. */
export const searchesByDay = async (range: DayRange) =>
  (await sum({ action: 'SEARCH' }, ['day'], range))
    .map((r) => ({ day: r._id.day!, count: r.count }))
    .sort((a, b) => a.day.localeCompare(b.day));

/**
 * Per commune of the searched point: searches, and those with no matching place within 5, 15 and 30 km.
 * Communes with fewer than SHOWN_FROM searches are left out.
 */
export async function unmetByCommune(range: DayRange, subcategoryIds: readonly string[] | null) {
  const match: Record<string, unknown> = { action: 'SEARCH', inseeCode: { $ne: null } };
  if (subcategoryIds?.length) match.subcategoryId = { $in: subcategoryIds };
  const rows = await sum(match, ['inseeCode', 'nearBand'], range);
  const communes = new Map<
    string,
    { inseeCode: string; searches: number; none5: number; none15: number; none30: number }
  >();
  for (const { _id, count } of rows) {
    const c = communes.get(_id.inseeCode!) ?? {
      inseeCode: _id.inseeCode!,
      searches: 0,
      none5: 0,
      none15: 0,
      none30: 0,
    };
    c.searches += count;
    if (_id.nearBand !== 'KM5') c.none5 += count;
    if (_id.nearBand === 'KM30' || _id.nearBand === 'NONE') c.none15 += count;
    if (_id.nearBand === 'NONE') c.none30 += count;
    communes.set(c.inseeCode, c);
  }
  return [...communes.values()]
    .filter((c) => c.searches >= SHOWN_FROM)
    .map((c) => ({
      inseeCode: c.inseeCode,
      searches: c.searches,
      nothingWithin5Km: c.none5,
      nothingWithin15Km: c.none15,
      nothingWithin30Km: c.none30,
    }))
    .sort((a, b) => b.nothingWithin15Km - a.nothingWithin15Km || a.inseeCode.localeCompare(b.inseeCode));
}

/** The phrases the resolver did not know, most typed first (only those typed SHOWN_FROM times or more). */
export const unknownPhrases = async (range: DayRange, first: number) =>
  (await sum({ action: 'LOOKUP', phrase: { $ne: null } }, ['phrase'], range))
    .filter((r) => r.count >= SHOWN_FROM)
    .map((r) => ({ phrase: r._id.phrase!, count: r.count }))
    .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase))
    .slice(0, first);

/** Searches per sub-category and searched action (GIVE, BUY…; null: any). */
export const soughtSubcategories = async (range: DayRange) =>
  (await sum({ action: 'SEARCH', subcategoryId: { $ne: null } }, ['subcategoryId', 'searchAction'], range))
    .map((r) => ({ subcategoryId: r._id.subcategoryId!, action: r._id.searchAction ?? null, count: r.count }))
    .sort((a, b) => b.count - a.count || a.subcategoryId.localeCompare(b.subcategoryId));

/** "Avez-vous trouvé ?" answers, for some places or all. */
export const feedbackAnswers = async (range: DayRange, placeIds: readonly string[] | null) =>
  (await sum({ action: 'FEEDBACK', ...(placeIds ? { placeId: { $in: placeIds } } : {}) }, ['outcome'], range))
    .map((r) => ({ answer: r._id.outcome!, count: r.count }))
    .sort((a, b) => a.answer.localeCompare(b.answer));

/** Per place: how often it was shown in results, opened, called, its website opened, directions asked. */
export async function placeFigures(range: DayRange, placeIds: readonly string[] | null) {
  const match: Record<string, unknown> = { action: 'OUTCOME' };
  if (placeIds) match.placeId = { $in: placeIds };
  const rows = await sum(match, ['placeId', 'outcome'], range);
  const places = new Map<string, Record<string, number>>();
  for (const { _id, count } of rows) {
    const figures = places.get(_id.placeId!) ?? {};
    figures[_id.outcome!] = (figures[_id.outcome!] ?? 0) + count;
    places.set(_id.placeId!, figures);
  }
  return [...places.entries()]
    .map(([placeId, f]) => ({
      placeId,
      shown: f.SHOWN ?? 0,
      opened: f.OPENED ?? 0,
      called: f.CALLED ?? 0,
      website: f.WEBSITE ?? 0,
      directions: f.DIRECTIONS ?? 0,
    }))
    .sort((a, b) => b.shown - a.shown || a.placeId.localeCompare(b.placeId));
}
