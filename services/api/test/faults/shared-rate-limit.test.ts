import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { startSecondInstance, type SecondInstance } from './second-instance';

// Two API instances sharing one anonymous budget through the database (REEMPLOI_RATE_LIMIT_STORE=mongo):
// A runs in this process, B is a real second process. Whether requests alternate one at a time or arrive
// together on both, they get exactly the budget (see docs/operations.md, "Rate-limit store"). Each test
// is its own client: the instances trust X-Forwarded-For from loopback (REEMPLOI_TRUST_PROXY default).
jest.setTimeout(30_000);

const LIMIT = 8;
const MINUTE = 60_000;

/** Lets a burst start in a window with time to spare, so it is not split across two budgets. */
async function awaitRoomInWindow(ms = 5_000): Promise<void> {
  const left = MINUTE - (Date.now() % MINUTE);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('rate limits shared by two instances (mongo store)', () => {
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI ?? '',
    REEMPLOI_DB_NAME: `rl_${randomBytes(4).toString('hex')}`,
    REEMPLOI_RATE_LIMIT_STORE: 'mongo',
    REEMPLOI_RATE_ANONYMOUS_PER_MIN: String(LIMIT),
    REEMPLOI_SEED_DEMO: 'false',
    REEMPLOI_GEOCODER_URL: '',
    LOG_LEVEL: 'info',
  };
  let a: RunningPlatform;
  let b: SecondInstance;

  const ask = async (url: string, client: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query: '{ apiInfo { version } }' }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return {
      status: res.status,
      code: body.errors?.[0]?.extensions?.code ?? null,
      remaining: res.headers.get('ratelimit-remaining'),
    };
  };

  beforeAll(async () => {
    a = await startPlatform(loadConfig({ ...env, LOG_LEVEL: 'silent' }), createLogger('silent'));
    b = await startSecondInstance(env);
  });

  afterAll(async () => {
    await b?.stop();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await a?.stop();
  });

  it('refuses, on both instances, every request past the shared budget when requests alternate', async () => {
    await awaitRoomInWindow();
    const outcomes = [];
    for (let i = 0; i < LIMIT + 6; i += 1) outcomes.push(await ask(i % 2 === 0 ? a.url : b.url, '203.0.113.1'));
    const statuses = outcomes.map((o) => o.status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), ...Array<number>(6).fill(429)]);
    expect(outcomes.slice(LIMIT).every((o) => o.code === 'RATE_LIMITED')).toBe(true);
    // The remaining budget both instances report counts down as one.
    expect(outcomes.slice(0, LIMIT).map((o) => Number(o.remaining))).toEqual(
      Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i),
    );
  });

  it('answers exactly the shared budget to a concurrent burst spread over both instances', async () => {
    await awaitRoomInWindow();
    const total = 40;
    const outcomes: Awaited<ReturnType<typeof ask>>[] = [];
    let sent = 0;
    // 8 clients at a time, each sending its next request to A or B in turn.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < total) {
          sent += 1;
          outcomes.push(await ask(sent % 2 === 0 ? a.url : b.url, '203.0.113.2'));
        }
      }),
    );
    expect(outcomes.filter((o) => o.status === 200)).toHaveLength(LIMIT);
    const refused = outcomes.filter((o) => o.status !== 200);
    expect(refused).toHaveLength(total - LIMIT);
    expect(refused.every((o) => o.status === 429 && o.code === 'RATE_LIMITED')).toBe(true);
  });
});
