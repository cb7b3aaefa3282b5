import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import request from 'supertest';
import { useTestApp } from '../../../test/app';

const run = promisify(execFile);
const API = path.resolve(__dirname, '../../..');
const QUERY = '{ currentApiKey { name } }';

/** Reads of api_keys by key hash while `action` runs (mongoose's debug hook sees every command). */
async function keyReadsDuring(action: () => Promise<unknown>): Promise<number> {
  let reads = 0;
  mongoose.set('debug', (collection: string, method: string, query: unknown) => {
    if (collection === 'api_keys' && method.startsWith('find') && JSON.stringify(query).includes('"hash"')) reads += 1;
  });
  try {
    await action();
  } finally {
    mongoose.set('debug', false);
  }
  return reads;
}

const randomKey = () => `rmp_live_${randomBytes(32).toString('base64url')}`;

describe('a key created outside this instance', () => {
  // An hour between refreshes: only the look-up on first use can make the new key work.
  const t = useTestApp({ seedDemo: false, env: { REEMPLOI_APIKEY_REFRESH_MS: '3600000' } });
  const ask = (key: string) => request(t.app).post('/graphql').set('X-Api-Key', key).send({ query: QUERY });

  it('works on its very first request after `pnpm reemploi apikey create` wrote it to the database', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'apikey', 'create', '--name', 'Mairie de Brix'],
      {
        cwd: API,
        env: {
          ...process.env,
          MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
          REEMPLOI_DB_NAME: mongoose.connection.name,
          LOG_LEVEL: 'silent',
        },
      },
    );
    const secret = /API key \(shown once, store it now\): (rmp_live_\S+)/.exec(stdout)![1]!;
    const res = await ask(secret);
    expect(res.status).toBe(200);
    expect(res.body.data.currentApiKey.name).toBe('Mairie de Brix');
    // Now in memory: later requests do not read the database.
    expect(await keyReadsDuring(() => ask(secret).expect(200))).toBe(0);
  }, 60_000); // the CLI is a second Node process

  it('reads the database once for an unknown key, and not again when the same key comes back', async () => {
    const unknown = randomKey();
    expect(await keyReadsDuring(() => ask(unknown).expect(401))).toBe(1);
    const again = await keyReadsDuring(async () => {
      for (let i = 0; i < 5; i += 1) await ask(unknown).expect(401);
    });
    expect(again).toBe(0);
  });

  it('never reads the database for a malformed key', async () => {
    expect(await keyReadsDuring(() => ask('not-a-key').expect(401))).toBe(0);
  });

  it('bounds the database reads caused by a flood of random keys, which all stay refused', async () => {
    const started = Date.now();
    const reads = await keyReadsDuring(async () => {
      const answers = await Promise.all(Array.from({ length: 100 }, () => ask(randomKey())));
      expect(answers.map((res) => res.status)).toEqual(Array(100).fill(401));
      expect(answers[0]!.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
    // 20 reads per 4-second window (docs/api.md); the flood may straddle one more window than it lasts.
    const windows = Math.ceil((Date.now() - started) / 4000) + 1;
    expect(reads).toBeLessThanOrEqual(20 * windows);
    expect(reads).toBeLessThan(100);
  });
});
