import { useTestDatabase } from '../../../test/db';
import { createLogger } from '../../shared/logger';
import { InsightBatcher } from './insight-batcher';
import { type CounterKey, InsightCounterModel, counterId } from './insight-counter.model';

// The batcher against the real database: a flush written twice (retried after an error it survived)
// counts once; two instances adding to the same counters at the same moment give the sum.
useTestDatabase();
const logger = createLogger('silent');

const key = (subcategoryId: string): CounterKey => ({
  day: '2026-12-06',
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
  const batch = { seq: 1, counts: new Map([[counterId(key('velo')), { key: key('velo'), count: 3 }]]) };
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
