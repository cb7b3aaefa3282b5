import { useTestDatabase } from '../db';
import { eventually } from '../eventually';
import { InsightCounterModel } from '../../src/modules/insights/insight-counter.model';
import { startSecondInstance, type SecondInstance } from './second-instance';

// The anonymous demand counters across real API processes on one database: a process SIGKILLed between
// two flushes loses at most what it had not flushed and a restarted one never adds anything twice; two
// processes counting the same searches in the same minute give the exact total.
jest.setTimeout(120_000);

const db = useTestDatabase();
const env = () => ({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI ?? '',
  REEMPLOI_DB_NAME: db.name,
  REEMPLOI_INSIGHTS_FLUSH_MS: '300',
  REEMPLOI_SEED_DEMO: 'false',
  REEMPLOI_GEOCODER_URL: '',
  LOG_LEVEL: 'info',
});
const CHERBOURG = { lat: 49.64, lng: -1.62 };
const running: SecondInstance[] = [];

async function start(): Promise<SecondInstance> {
  const instance = await startSecondInstance(env());
  running.push(instance);
  return instance;
}

/** `n` searches for a sub-category near Cherbourg, the way the results page asks. */
async function search(url: string, subcategory: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($f: PlaceFilter, $n: GeoPointInput) { places(filter: $f, near: $n) { totalCount } }',
        variables: { f: { subcategories: [subcategory] }, n: CHERBOURG },
      }),
    });
    expect(res.status).toBe(200);
  }
}

/** The total of a sub-category's search counters, as the insights queries sum them. */
const searches = async (subcategory: string) =>
  (await InsightCounterModel.find({ action: 'SEARCH', subcategoryId: subcategory }).lean()).reduce(
    (n, doc) => n + doc.count,
    0,
  );

afterAll(async () => {
  for (const instance of running) await instance.stop();
});

it('never counts twice across a process killed between flushes and restarted', async () => {
  const first = await start();
  await search(first.url, 'velo', 6);
  await eventually(async () => expect(await searches('velo')).toBe(6));
  // Counted in memory, maybe not flushed yet: the process dies without a chance to flush.
  await search(first.url, 'velo', 4);
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  const afterKill = await searches('velo');
  expect(afterKill).toBeGreaterThanOrEqual(6);
  expect(afterKill).toBeLessThanOrEqual(10);

  const second = await start();
  await search(second.url, 'velo', 5);
  await eventually(async () => expect(await searches('velo')).toBe(afterKill + 5));
  // Later flushes of the restarted process add only its new counts.
  await search(second.url, 'livre', 1);
  await eventually(async () => expect(await searches('livre')).toBe(1));
  expect(await searches('velo')).toBe(afterKill + 5);
});

it('gives the exact total when two processes count the same searches in the same minute', async () => {
  const [a, b] = await Promise.all([start(), start()]);
  const sub = 'meuble';
  await Promise.all([search(a.url, sub, 20), search(b.url, sub, 20), search(a.url, sub, 5), search(b.url, sub, 5)]);
  await eventually(async () => expect(await searches(sub)).toBe(50));
  // Both processes still flushing every 300 ms: nothing more arrives.
  await search(a.url, 'jouet', 1);
  await search(b.url, 'jouet', 1);
  await eventually(async () => expect(await searches('jouet')).toBe(2));
  expect(await searches(sub)).toBe(50);
});
