import { useTestDatabase } from '../../../test/db';
import { createLogger } from '../../shared/logger';
import type { CountedSearch } from './counted';
import { FOLD_AT, InsightBatcher, MAX_ENTRIES } from './insight-batcher';
import { type CounterKey, InsightCounterModel, counterId } from './insight-counter.model';
import { dayOf } from './request-insights';
import { counterTotals } from '../../../test/insight-counters';

// The batcher against the real database: a flush written twice (retried after an error it survived)
// counts once; two instances adding to the same counters at the same moment give the sum; requests'
// compact entries, expanded at flush time, leave the same counters as one key per counter added at once.
useTestDatabase();
const logger = createLogger('silent');

// Today and tomorrow: counts of a day closed for an hour are dropped at the flush (insight-batcher.ts).
const TODAY = dayOf(new Date());
const TOMORROW = dayOf(new Date(Date.now() + 86_400_000));

const key = (subcategoryId: string): CounterKey => ({
  day: TODAY,
  action: 'SEARCH',
  searchAction: null,
  subcategoryId,
  phrase: null,
  inseeCode: '50129',
  nearBand: 'KM5',
  outcome: null,
  placeId: null,
});
/** The counter's total over every instance's document, as the insights queries read it. */
const countOf = async (subcategoryId: string) =>
  (await InsightCounterModel.find({ subcategoryId }).lean()).reduce((n, doc) => n + doc.count, 0);

beforeAll(() => InsightCounterModel.init());

it('counts a flush written again (a retry after an error it survived) only once', async () => {
  const batcher = new InsightBatcher(0, logger);
  batcher.add(key('velo'), 3);
  // The first write reaches the database but the answer is lost: the flush is retried with the same number.
  const write = (batcher as unknown as { write(batch: unknown): Promise<void> }).write.bind(batcher);
  const batch = {
    seq: 1,
    counts: new Map([[counterId(key('velo')), { key: key('velo'), count: 3 }]]),
    shown: [],
  };
  await write(batch);
  await write(batch);
  expect(await countOf('velo')).toBe(3);
  await batcher.flush(); // the batcher's own flush 1: already applied (same instance, same number)
  expect(await countOf('velo')).toBe(3);
  batcher.add(key('velo'), 2);
  await batcher.flush();
  expect(await countOf('velo')).toBe(5);
});

it('adds up two instances counting the same counters at the same moment', async () => {
  const a = new InsightBatcher(0, logger);
  const b = new InsightBatcher(0, logger);
  for (let round = 0; round < 5; round += 1) {
    for (const sub of ['meuble', 'livre', 'jouet']) {
      a.add(key(sub), 1);
      b.add(key(sub), 2);
    }
    await Promise.all([a.flush(), b.flush()]);
  }
  for (const sub of ['meuble', 'livre', 'jouet']) expect(await countOf(sub)).toBe(15);
});

/** Every counter's total over the instances' documents (test/insight-counters.ts). */
const totals = (instances: string[]) => counterTotals({ instance: { $in: instances } });

it('writes the same counters from compact entries, replayed ones and past the buffer cap, as from one key per counter', async () => {
  const places = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(23, '0')}`);
  const entry = (i: number): CountedSearch => ({
    kind: 'SEARCH',
    searchAction: i % 3 === 0 ? 'DONATE' : null,
    subcategoryIds: i % 4 === 0 ? ['lampe', 'chaise'] : i % 5 === 0 ? [null] : ['lampe'],
    inseeCode: i % 5 === 0 ? null : `5012${i % 7}`,
    nearBand: i % 5 === 0 ? null : ['KM5', 'KM15', 'KM30', 'NONE'][i % 4]!,
    placeIds: places.slice(i % 11, (i % 11) + (i % 20)),
  });
  const replayed = entry(8); // an answer from the response cache: the same entry recorded again and again
  const compact = new InsightBatcher(0, logger);
  const keys = new InsightBatcher(0, logger);
  const n = 3 * MAX_ENTRIES;
  for (let i = 0; i < n; i += 1) {
    const day = i % 10 === 9 ? TOMORROW : TODAY;
    const counted = i % 2 ? replayed : entry(i);
    compact.record(day, counted);
    // Bounded: past the cap, entries are expanded at once rather than kept (or dropped).
    expect(compact.waiting).toBeLessThan(MAX_ENTRIES);
    // The same request counted the way counting was done before: one key per counter, in the request.
    const base = { ...key(''), day, searchAction: null, inseeCode: null, nearBand: null };
    for (const subcategoryId of counted.subcategoryIds)
      keys.add({
        ...base,
        searchAction: counted.searchAction,
        subcategoryId,
        inseeCode: counted.inseeCode,
        nearBand: counted.nearBand,
      });
    for (const placeId of counted.placeIds)
      keys.add({ ...base, subcategoryId: null, action: 'OUTCOME', outcome: 'SHOWN', placeId });
  }
  await Promise.all([compact.flush(), keys.flush()]);
  const expected = await totals([keys.instance]);
  expect(Object.keys(expected).length).toBeGreaterThan(50);
  expect(await totals([compact.instance])).toEqual(expected);
  expect(compact.waiting).toBe(0);
});

it('expands waiting entries in the next turn of the event loop once FOLD_AT are waiting', async () => {
  const batcher = new InsightBatcher(0, logger);
  const entry: CountedSearch = {
    kind: 'SEARCH',
    searchAction: null,
    subcategoryIds: ['tapis'],
    inseeCode: '50129',
    nearBand: 'KM5',
    placeIds: [],
  };
  for (let i = 0; i < FOLD_AT - 1; i += 1) batcher.record(TODAY, entry);
  await new Promise((resolve) => setImmediate(resolve));
  expect(batcher.waiting).toBe(FOLD_AT - 1); // below the threshold: left for the flush
  batcher.record(TODAY, entry);
  await new Promise((resolve) => setImmediate(resolve));
  expect(batcher.waiting).toBe(0);
  await batcher.flush();
  expect(await countOf('tapis')).toBe(FOLD_AT);
});

it("keeps a day's places shown in one document per part of 10 000 places, replaced as counts grow, never doubled by a retry", async () => {
  const batcher = new InsightBatcher(0, logger);
  const places = Array.from({ length: 12_000 }, (_, i) => `s${String(i).padStart(23, '0')}`);
  const search = (placeIds: string[]): CountedSearch => ({
    kind: 'SEARCH',
    searchAction: null,
    subcategoryIds: ['vaisselle'],
    inseeCode: '50129',
    nearBand: 'KM5',
    placeIds,
  });
  for (let i = 0; i < 40; i += 1) batcher.record(TODAY, search(places.slice(i * 300, i * 300 + 300)));
  batcher.record(TOMORROW, search(places.slice(0, 3)));
  const bulkWrite = jest.spyOn(InsightCounterModel.collection, 'bulkWrite');
  await batcher.flush();
  const firstFlush = bulkWrite.mock.calls[0]![0];
  bulkWrite.mockRestore();
  // A second flush: the same places shown again, the first part only.
  batcher.record(TODAY, search(places.slice(0, 2)));
  await batcher.flush();
  // The first flush's writes arriving again late (a retry after an error it survived) change nothing.
  await InsightCounterModel.collection.bulkWrite(firstFlush, { ordered: false }).catch(() => undefined);

  const shownDocs = await InsightCounterModel.find({ instance: batcher.instance, shown: { $type: 'string' } }).lean();
  // 12 000 places of one day in 2 documents (SHOWN_PER_DOCUMENT each at most), 3 of the other day in 1,
  // the same documents after the second flush: a day's figures are a handful of documents to read.
  expect(shownDocs.map((d) => d.day).sort()).toEqual([TODAY, TODAY, TOMORROW]);
  const all = await totals([batcher.instance]);
  const shownOn = (day: string, placeId: string) => all[`${day}|OUTCOME||||||SHOWN|${placeId}`];
  expect(shownOn(TODAY, places[0]!)).toBe(2);
  expect(shownOn(TODAY, places[2]!)).toBe(1);
  expect(shownOn(TODAY, places[11_999]!)).toBe(1);
  expect(shownOn(TOMORROW, places[2]!)).toBe(1);
  expect(Object.keys(all).filter((k) => k.includes('|SHOWN|'))).toHaveLength(12_003);
});

it('keeps the places shown for shownFlushMs while other counters are flushed, and writes them at stop', async () => {
  const batcher = new InsightBatcher(10_000, logger, 3_600_000);
  const search: CountedSearch = {
    kind: 'SEARCH',
    searchAction: null,
    subcategoryIds: ['luminaire'],
    inseeCode: '50129',
    nearBand: 'KM5',
    placeIds: ['a00000000000000000000001', 'a00000000000000000000002'],
  };
  batcher.record(TODAY, search);
  batcher.record(TODAY, search);
  await batcher.flush();
  // The search counters are in; the places shown wait (one document per day and write of them).
  expect(await countOf('luminaire')).toBe(2);
  const shownDocs = () => InsightCounterModel.countDocuments({ instance: batcher.instance, outcome: 'SHOWN' });
  expect(await shownDocs()).toBe(0);
  batcher.record(TODAY, search);
  await batcher.flush();
  expect(await shownDocs()).toBe(0);
  batcher.record(TODAY, search);
  void batcher.flush(); // under way when the stop comes: the stop still writes the places shown
  await batcher.stop(); // a graceful stop writes everything
  expect(await shownDocs()).toBe(1);
  expect(await countOf('luminaire')).toBe(4);
  const all = await totals([batcher.instance]);
  expect(all[`${TODAY}|OUTCOME||||||SHOWN|a00000000000000000000002`]).toBe(4);
});

it('gives the last flush up at stop when the database does not answer, instead of hanging the shutdown', async () => {
  const batcher = new InsightBatcher(10_000, logger, 10_000, 300);
  batcher.add(key('hamac'), 1);
  const bulkWrite = jest
    .spyOn(InsightCounterModel.collection, 'bulkWrite')
    .mockImplementation(() => new Promise<never>(() => undefined)); // a database that never answers
  let calls = 0;
  try {
    await batcher.stop(); // resolves after ~300 ms; without the limit, never
    calls = bulkWrite.mock.calls.length;
  } finally {
    bulkWrite.mockRestore();
  }
  expect(calls).toBe(1);
  expect(await countOf('hamac')).toBe(0);
});
