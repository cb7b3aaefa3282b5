import { useTestDatabase } from '../../../test/db';
import { createLogger } from '../../shared/logger';
import { NO_DIMENSIONS } from './counted';
import { InsightBatcher } from './insight-batcher';
import { type CounterKey, InsightCounterModel, counterId } from './insight-counter.model';
import { DIMENSIONS, MONTH_DIMENSIONS, insightDays, insightMonths, insightPastDays } from './insight-day.model';
import { rollUpClosedDays, rollUpClosedMonths, rollUpDays, rollUpMonth } from './insight-rollup';
import { feedbackAnswers, placeFigures, searchesByDay, unknownPhrases, unmetByCommune } from './insights-queries';
import { dayOf } from './request-insights';

// The daily roll-up against the real database: closed days are folded into one document per day and
// dimension and their counters deleted; the queries answer the same before and after, today is read
// live, and running it twice, from two instances at once, or again after a run that stopped half-way
// counts nothing twice.
useTestDatabase();
const logger = createLogger('silent');
const PLACE = '0123456789abcdef01234567';
const OTHER = '0123456789abcdef0123456f';
const today = dayOf(new Date());
const key = (day: string, part: Partial<CounterKey>): CounterKey => ({
  day,
  action: 'SEARCH',
  ...NO_DIMENSIONS,
  ...part,
});

/** Counts of two instances over two closed days and today, as their flushes leave them in the database. */
async function count(days: string[]) {
  const docs = [];
  for (const day of days)
    for (const instance of ['i-a', 'i-b'])
      for (const [part, n] of [
        [{ subcategoryId: 'velo', inseeCode: '50129', nearBand: 'NONE', searchAction: 'DONATE' }, 3],
        [{ action: 'LOOKUP', phrase: 'trottinette' }, 3],
        [{ action: 'OUTCOME', outcome: 'CALLED', placeId: PLACE }, 2],
        [{ action: 'FEEDBACK', outcome: 'NOT_FOUND', placeId: PLACE }, 1],
      ] as const) {
        const k = key(day, part as Partial<CounterKey>);
        docs.push({ ...k, _id: `${counterId(k)}|${instance}`, instance, seq: 1, count: n });
      }
  // Each flush's places shown: one document per day listing the places (insight-batcher.ts writeShown).
  const shown = { ...key('', { action: 'OUTCOME', outcome: 'SHOWN' }), seq: 1, count: 5 };
  for (const day of days)
    for (const instance of ['i-a', 'i-b'])
      docs.push({ ...shown, day, instance, _id: `${day}|SHOWN|${instance}|1|0`, shown: `${PLACE}\t4\n${OTHER}\t1` });
  await InsightCounterModel.insertMany(docs);
}

const RANGE = { from: '2026-11-01', to: today };
const answers = async (range = RANGE) => ({
  days: await searchesByDay(range),
  communes: await unmetByCommune(range, ['velo']),
  phrases: await unknownPhrases(range, 10),
  places: await placeFigures(range, [PLACE]),
  feedback: await feedbackAnswers(range, null),
});
const EXPECTED = {
  days: [
    { day: '2026-11-02', count: 6 },
    { day: '2026-11-03', count: 6 },
    { day: today, count: 6 },
  ],
  communes: [{ inseeCode: '50129', searches: 18, nothingWithin5Km: 18, nothingWithin15Km: 18, nothingWithin30Km: 18 }],
  phrases: [{ phrase: 'trottinette', count: 18 }],
  places: [{ placeId: PLACE, shown: 24, opened: 0, called: 12, website: 0, directions: 0 }],
  feedback: [{ answer: 'NOT_FOUND', count: 6 }],
};

beforeEach(async () => {
  await Promise.all([
    InsightCounterModel.deleteMany({}),
    ...DIMENSIONS.map((d) => insightDays(d).deleteMany({})),
    ...MONTH_DIMENSIONS.flatMap((d) => [insightMonths(d).deleteMany({}), insightPastDays(d).deleteMany({})]),
  ]);
  await count(['2026-11-02', '2026-11-03', today]);
});

it('folds closed days into one document per dimension, keeps today live, and answers the same', async () => {
  expect(await answers()).toEqual(EXPECTED);
  expect(await rollUpClosedDays(new Date())).toEqual(['2026-11-02', '2026-11-03']);
  expect(await InsightCounterModel.distinct('day')).toEqual([today]);
  for (const d of DIMENSIONS) expect(await insightDays(d).countDocuments({ _id: '2026-11-02' })).toBe(1);
  expect(await answers()).toEqual(EXPECTED);
});

it('waits until a day has been over for two hours', async () => {
  expect(await rollUpClosedDays(new Date('2026-11-04T01:59:00Z'))).toEqual(['2026-11-02']);
  expect(await rollUpClosedDays(new Date('2026-11-04T02:00:00Z'))).toEqual(['2026-11-03']);
});

it('counts nothing twice when two instances roll up at once, or a run is repeated', async () => {
  await Promise.all([rollUpClosedDays(new Date()), rollUpClosedDays(new Date())]);
  expect(await answers()).toEqual(EXPECTED);
  await rollUpClosedDays(new Date());
  expect(await answers()).toEqual(EXPECTED);
});

it('counts nothing twice after a run stopped between writing the roll-up and deleting the counters', async () => {
  // The process died after the inserts: both are in the database; readers take the roll-up only.
  await rollUpDays(['2026-11-02'], { deleteCounters: false });
  expect(await answers()).toEqual(EXPECTED);
  // … or half-way through the inserts: the next run writes the missing dimensions from the counters.
  await Promise.all([insightDays('places').deleteMany({}), insightDays('lookups').deleteMany({})]);
  await rollUpClosedDays(new Date());
  expect(await answers()).toEqual(EXPECTED);
  expect(await InsightCounterModel.countDocuments({ day: { $ne: today } })).toBe(0);
});

it('drops counts of a day closed for over an hour instead of changing a rolled-up day', async () => {
  const batcher = new InsightBatcher(0, logger);
  batcher.add(key('2026-11-02', { subcategoryId: 'velo', inseeCode: '50129', nearBand: 'NONE' }), 5);
  await batcher.flush();
  expect(await answers()).toEqual(EXPECTED);
});

describe('monthly roll-up', () => {
  // Ranges over the folded November: whole, starting or ending inside it (its document less the days out
  // of the range, or its days in the range), and a part of it with no counts at all.
  const RANGES = [
    RANGE,
    { from: '2026-10-15', to: today },
    { from: '2026-11-03', to: today },
    { from: '2026-11-02', to: '2026-11-02' },
    { from: '2026-10-20', to: '2026-11-02' },
    { from: '2026-11-04', to: '2026-11-30' },
  ];
  const allAnswers = async () => {
    const all = [];
    for (const range of RANGES) all.push(await answers(range));
    return all;
  };
  const novemberDays = async () => {
    let n = 0;
    for (const d of MONTH_DIMENSIONS) n += await insightDays(d).countDocuments({ _id: { $lt: '2026-12' } });
    return n;
  };

  it('folds a closed month into one document per dimension and answers the same for whole and partial months', async () => {
    const before = await allAnswers();
    expect(before[2]!.places).toEqual([{ placeId: PLACE, shown: 16, opened: 0, called: 8, website: 0, directions: 0 }]);
    expect(before[3]!.phrases).toEqual([{ phrase: 'trottinette', count: 6 }]);
    expect(before[5]).toEqual({ days: [], communes: [], phrases: [], places: [], feedback: [] });
    await rollUpClosedDays(new Date());
    expect(await rollUpClosedMonths(new Date())).toEqual(['2026-11']);
    for (const d of MONTH_DIMENSIONS) {
      expect(await insightMonths(d).countDocuments({ _id: '2026-11' })).toBe(1);
      expect(await insightPastDays(d).countDocuments()).toBe(2);
    }
    expect(await novemberDays()).toBe(0);
    // searchesByDay keeps its days.
    expect(await insightDays('searchTotals').countDocuments()).toBe(2);
    expect(await allAnswers()).toEqual(before);
    expect(await answers()).toEqual(EXPECTED);
  });

  it('waits until the month has been over for two hours and each of its days is rolled up', async () => {
    await rollUpDays(['2026-11-02']);
    expect(await rollUpClosedMonths(new Date())).toEqual([]);
    await rollUpClosedDays(new Date());
    expect(await rollUpClosedMonths(new Date('2026-12-01T01:59:00Z'))).toEqual([]);
    expect(await rollUpClosedMonths(new Date('2026-12-01T02:00:00Z'))).toEqual(['2026-11']);
  });

  it('counts nothing twice when two instances fold at once, or a run is repeated', async () => {
    const before = await allAnswers();
    await rollUpClosedDays(new Date());
    await Promise.all([rollUpClosedMonths(new Date()), rollUpClosedMonths(new Date())]);
    expect(await allAnswers()).toEqual(before);
    expect(await rollUpClosedMonths(new Date())).toEqual([]);
    expect(await allAnswers()).toEqual(before);
  });

  it('counts nothing twice after runs stopped after copying the days or after inserting the month', async () => {
    const before = await allAnswers();
    await rollUpClosedDays(new Date());
    const [copied, inserted] = [MONTH_DIMENSIONS.slice(0, 2), MONTH_DIMENSIONS.slice(2)];
    for (const d of copied) await rollUpMonth(d, '2026-11', { stopAfter: 'copy' });
    for (const d of inserted) await rollUpMonth(d, '2026-11', { stopAfter: 'insert' });
    expect(await novemberDays()).toBe(2 * MONTH_DIMENSIONS.length);
    expect(await allAnswers()).toEqual(before);
    expect(await rollUpClosedMonths(new Date())).toEqual(['2026-11']);
    expect(await novemberDays()).toBe(0);
    expect(await allAnswers()).toEqual(before);
  });
});
