import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { placeWrites, readFeed, type FeedChange } from '../change-feed';
import type { Gql } from '../staff';
import { startSecondInstance, type SecondInstance } from './second-instance';

// The change feed's numbers come from one counter in the database: two real instances (A in this
// process, B a second process) writing at once must give a feed without gaps or duplicates, read by a
// partner while the writes go on.
jest.setTimeout(60_000);

const ADMIN_TOKEN = randomBytes(24).toString('hex');
const PER_INSTANCE = 12;

const gqlAt =
  (url: string, token?: string): Gql =>
  async (query, variables) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as any;
  };

describe('the change feed with two instances writing at once', () => {
  const dbName = `feed2_${randomBytes(4).toString('hex')}`;
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI ?? '',
    REEMPLOI_DB_NAME: dbName,
    REEMPLOI_SEED_DEMO: 'false',
    REEMPLOI_INDEX_POLL_MS: '500',
    REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
    REEMPLOI_GEOCODER_URL: '',
    LOG_LEVEL: 'info', // B's "listening" line tells its URL
  };
  let a: RunningPlatform;
  let b: SecondInstance;

  beforeAll(async () => {
    a = await startPlatform(loadConfig({ ...env, LOG_LEVEL: 'silent' }), createLogger('silent'));
    b = await startSecondInstance(env);
  });

  afterAll(async () => {
    await b?.stop();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await a?.stop();
  });

  it('numbers every change once, and a partner reading meanwhile misses none and sees none twice', async () => {
    const writers = [placeWrites(gqlAt(a.url, ADMIN_TOKEN)), placeWrites(gqlAt(b.url, ADMIN_TOKEN))];
    const partner = gqlAt(a.url);
    let writing = true;
    const seen: FeedChange[] = [];
    // The partner mirrors while the instances write: page after page from its last cursor.
    const mirror = (async () => {
      let cursor: string | null = null;
      while (writing) {
        const page = await readFeed(partner, cursor, 5);
        seen.push(...page.changes);
        cursor = page.endCursor;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return cursor;
    })();
    const created = await Promise.all(
      writers.flatMap((w, instance) =>
        Array.from({ length: PER_INSTANCE }, async (_, i) => {
          const place = await w.create(`Atelier ${instance}-${i}`);
          return w.rename(place, `Atelier ${instance}-${i} (renommé)`);
        }),
      ),
    );
    writing = false;
    const cursor = await mirror;
    seen.push(...(await readFeed(partner, cursor)).changes);

    expect(new Set(seen.map((c) => c.cursor)).size).toBe(seen.length); // nothing twice
    const byPlace = new Map<string, string[]>();
    for (const change of seen) byPlace.set(change.placeId!, [...(byPlace.get(change.placeId!) ?? []), change.kind]);
    expect(byPlace.size).toBe(2 * PER_INSTANCE);
    for (const place of created) expect(byPlace.get(place.id)).toEqual(['CREATED', 'UPDATED']); // in order
  });
});
