import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { placeWrites, readFeed, type FeedChange } from '../change-feed';
import { eventually } from '../eventually';
import { startWebhookReceiver } from '../webhook-receiver';
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
    // The partner's webhook receiver is on loopback: listed, as an operator would list an internal address.
    REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
    REEMPLOI_WEBHOOK_TICK_MS: '200',
    REEMPLOI_WEBHOOK_RETRY_BASE_MS: '200',
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

  it('delivers every change written through either instance to a webhook, each once after de-duplication, a closure within 5 s', async () => {
    const admin = gqlAt(a.url, ADMIN_TOKEN);
    const receiver = await startWebhookReceiver(() => 204);
    try {
      const key = await admin(`mutation { createApiKey(input: { name: "Partenaire" }) { apiKey { id } } }`);
      const since = (await admin('{ placesChangedCursor }')).data!.placesChangedCursor as string;
      const registered = await admin(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`,
        {
          input: {
            apiKeyId: key.data!.createApiKey.apiKey.id,
            url: receiver.url,
            kinds: ['CREATED', 'UPDATED', 'CLOSED'],
            contactEmail: 'sync@partenaire.example',
          },
        },
      );
      expect(registered.errors).toBeUndefined();
      const [viaA, viaB] = [placeWrites(admin), placeWrites(gqlAt(b.url, ADMIN_TOKEN))];
      const places = await Promise.all([
        ...Array.from({ length: 4 }, (_, i) => viaA.create(`Webhook A ${i}`)),
        ...Array.from({ length: 4 }, (_, i) => viaB.create(`Webhook B ${i}`)),
      ]);
      await viaB.close(places[0]!);
      // Both instances send: a delivery may come twice, never with two ids for one change.
      const closure = () => receiver.received.find((m) => (JSON.parse(m.body) as any).data.kind === 'CLOSED');
      await eventually(async () => expect(closure()).toBeDefined(), 5_000); // the bar
      const expected = (await readFeed(gqlAt(a.url), since)).changes.map((c) => c.cursor);
      expect(expected).toHaveLength(9);
      await eventually(async () => expect(new Set(receiver.received.map((m) => m.id)).size).toBe(expected.length));
      const unique = new Map(receiver.received.map((m) => [m.id, (JSON.parse(m.body) as any).data.cursor as string]));
      expect([...unique.values()].sort()).toEqual([...expected].sort());
    } finally {
      await receiver.stop();
    }
  });
});
