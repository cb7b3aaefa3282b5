import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/config';
import { startPlatform, type RunningPlatform } from '../../src/platform';
import { createLogger } from '../../src/shared/logger';
import { startSecondInstance } from './second-instance';

// Two API instances sharing one anonymous budget through the database (REEMPLOI_RATE_LIMIT_STORE=mongo):
// A runs in this process, B is a real second process. Requests alternate between them, one at a time,
// and together they get exactly the budget. (Concurrent requests may be under-counted on FerretDB, whose
// conditional updates are not atomic; MongoDB's $inc is: see docs/operations.md, "Rate-limit store".)
jest.setTimeout(30_000);

const LIMIT = 8;

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
  let b: { url: string; child: ChildProcess };

  const ask = async (url: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
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
    b?.child.kill('SIGTERM');
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await a?.stop();
  });

  it('refuses, on both instances, every request past the shared budget when requests alternate', async () => {
    const outcomes = [];
    for (let i = 0; i < LIMIT + 6; i += 1) outcomes.push(await ask(i % 2 === 0 ? a.url : b.url));
    const statuses = outcomes.map((o) => o.status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), ...Array<number>(6).fill(429)]);
    expect(outcomes.slice(LIMIT).every((o) => o.code === 'RATE_LIMITED')).toBe(true);
    // The remaining budget both instances report counts down as one.
    expect(outcomes.slice(0, LIMIT).map((o) => Number(o.remaining))).toEqual(
      Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i),
    );
  });
});
