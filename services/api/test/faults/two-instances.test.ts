import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { startSecondInstance, type SecondInstance } from './second-instance';

// Two API instances on one database: A runs in this process, B is a real second process
// (`tsx services/api/src/main.ts`). Each has its own in-memory index; B learns of A's writes by polling.
jest.setTimeout(30_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ADMIN_TOKEN = randomBytes(24).toString('hex');

describe('two instances on one database', () => {
  const dbName = `two_${randomBytes(4).toString('hex')}`;
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI ?? '',
    REEMPLOI_DB_NAME: dbName,
    REEMPLOI_INDEX_POLL_MS: '500',
    REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
    REEMPLOI_GEOCODER_URL: '',
    LOG_LEVEL: 'info',
  };
  let a: RunningPlatform;
  let b: SecondInstance;

  const gql = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });

    return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  };
  const count = async (url: string, text: string) =>
    (await gql(url, 'query($text: String!) { places(filter: { text: $text }) { totalCount } }', { text })).data?.places
      .totalCount as number;

  beforeAll(async () => {
    a = await startPlatform(loadConfig({ ...env, LOG_LEVEL: 'silent' }), createLogger('silent'));
    b = await startSecondInstance(env);
  });

  afterAll(async () => {
    await b?.stop();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await a?.stop();
  });

  it('shows a place created through one instance in the other’s searches within 3 s', async () => {
    const name = 'Atelier partagé des deux instances';
    expect(await count(b.url, name)).toBe(0);
    const created = await gql(
      a.url,
      'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } problems { field message } } }',
      {
        input: {
          status: 'PUBLISHED',
          fields: {
            name,
            kind: 'REPAIR_CAFE',
            address: { commune: 'Valognes' },
            location: { lat: 49.51, lng: -1.47 },
            offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
          },
        },
      },
      ADMIN_TOKEN,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPlace.problems).toEqual([]);
    const writtenAt = Date.now();
    expect(await count(a.url, name)).toBe(1); // the writing instance: at once

    let seenAfter = -1;
    while (Date.now() - writtenAt < 3000) {
      if ((await count(b.url, name)) === 1) {
        seenAfter = Date.now() - writtenAt;
        break;
      }
      await sleep(100);
    }
    expect(seenAfter).toBeGreaterThanOrEqual(0);
    expect(seenAfter).toBeLessThan(3000);
  });
});
