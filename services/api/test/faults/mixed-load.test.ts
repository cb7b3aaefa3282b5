import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { runLoad, seedSynthetic } from '../../bench/load-core';
import { fixture } from '../federation-fixtures';
import { importFile } from '../federation-import';

// The short CI version of `pnpm bench:load` (docs/benchmarks.md, "Load"): ~10 s of searches, place pages
// and map features, with a trickle of staff writes (admin token) and one import in the middle. Zero errors.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ADMIN_TOKEN = randomBytes(24).toString('hex');
const DURATION_S = Number(process.env.REEMPLOI_LOAD_SECONDS ?? 10);
jest.setTimeout(DURATION_S * 1000 + 50_000);

describe('mixed load: reads, staff writes and an import', () => {
  let platform: RunningPlatform;

  const uri = process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI ?? '';
  const dbName = `load_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    if (!uri) throw new Error('No test database: run through Jest (its global setup starts FerretDB).');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: uri,
      REEMPLOI_DB_NAME: dbName,
      REEMPLOI_INDEX_POLL_MS: '500',
      REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000',
      REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
      REEMPLOI_GEOCODER_URL: '',
      REEMPLOI_SCHEDULER_TICK_MS: '0',
      LOG_LEVEL: 'silent',
    });
    platform = await startPlatform(config, createLogger('silent'));
    await seedSynthetic(500);
  });

  // The platform first: stopping writes its last demand counters (modules/insights), and FerretDB can hang
  // on upserts into a database dropped under a running platform. Then the database, on a connection of its own.
  afterAll(async () => {
    await platform?.stop();
    const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  }, 120_000);

  it(`serves ${DURATION_S} s of mixed load with zero errors`, async () => {
    const writes = { ok: 0, failed: [] as string[] };
    let loading = true;
    const staff = (async () => {
      for (let i = 0; loading; i += 1) {
        const res = await fetch(`${platform.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify({
            query:
              'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } problems { field message } } }',
            variables: {
              input: {
                status: 'PUBLISHED',
                fields: {
                  name: `Atelier sous charge ${i}`,
                  kind: 'REPAIR_CAFE',
                  address: { commune: 'Valognes' },
                  location: { lat: 49.51 + i / 10_000, lng: -1.47 },
                  offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
                },
              },
            },
          }),
        });
        const body = (await res.json()) as { errors?: unknown[]; data?: { createPlace: { problems: unknown[] } } };
        if (res.status === 200 && !body.errors && body.data?.createPlace.problems.length === 0) writes.ok += 1;
        else writes.failed.push(`${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        await sleep(250);
      }
    })();
    const importer = (async () => {
      await sleep((DURATION_S * 1000) / 2);
      return importFile('lvao-csv', 'LVAO sous charge', fixture('lvao-cotentin.csv'));
    })();

    const summary = await runLoad({ url: platform.url, duration: DURATION_S, connections: 4 });
    loading = false;
    await staff;
    const imported = await importer;

    console.log(
      `mixed load: ${summary.requests} requests in ${DURATION_S} s (${Math.round(summary.requestsPerSecond)}/s), ` +
        `p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms; ` +
        `${writes.ok} staff writes; import ${imported.status} (${imported.created} created)`,
    );
    expect(summary.requests).toBeGreaterThan(100);
    expect({ non2xx: summary.non2xx, socketErrors: summary.socketErrors, timeouts: summary.timeouts }).toEqual({
      non2xx: 0,
      socketErrors: 0,
      timeouts: 0,
    });
    for (const kind of Object.values(summary.byKind)) expect(kind.firstError).toBeNull();
    expect(writes.failed).toEqual([]);
    expect(writes.ok).toBeGreaterThan(2); // writes go on during the load (a loaded CI machine manages ~5 in 10 s)
    expect(imported.status).toBe('SUCCEEDED');
    expect(imported.created).toBeGreaterThan(0);
  });
});
