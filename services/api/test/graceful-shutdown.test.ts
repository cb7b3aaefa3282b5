import http from 'node:http';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../src/config';
import { startPlatform, type RunningPlatform } from '../src/platform';
import { createLogger } from '../src/shared/logger';
import { UPLOAD_SWEEP_MS } from '../src/modules/federation/uploads/upload-sweeper';
import { eventually } from './eventually';

/** A GraphQL POST whose body arrives in two parts, so the request stays in flight in between. */
function slowPost(port: number, query: string) {
  const body = JSON.stringify({ query });
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { finish: () => req.end(body.slice(10)), response };
}

const testConfig = (env: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
    REEMPLOI_DB_NAME: `drain_${randomBytes(4).toString('hex')}`,
    REEMPLOI_SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    ...env,
  });

describe('graceful shutdown', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    // The delay leaves room for the checks below on a CI machine busy with browsers and other suites.
    const config = testConfig({ REEMPLOI_SHUTDOWN_DELAY_MS: '1500', REEMPLOI_DRAIN_TIMEOUT_MS: '20000' });
    platform = await startPlatform(config, createLogger('silent'));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('turns /readyz to 503 at once, finishes requests in flight, then closes the database', async () => {
    const inFlight = slowPost(platform.port, '{ places(first: 1) { totalCount } }');
    await eventually(async () => expect(platform.lifecycle.requestsInFlight).toBe(1), 10_000);

    const stopped = platform.stop();
    const readyz = await fetch(`${platform.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ status: 'draining' });
    expect((await fetch(`${platform.url}/readyz/reads`)).status).toBe(503);
    const health = await fetch(`${platform.url}/healthz`);
    expect(health.status).toBe(200);

    // Past the shutdown delay: the listener is closed, the slow request still runs.
    await eventually(() => expect(fetch(`${platform.url}/healthz`)).rejects.toThrow(), 10_000);
    expect(mongoose.connection.readyState).toBe(1);

    inFlight.finish();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { places: { totalCount: 0 } } });
    await stopped;
    expect(mongoose.connection.readyState).toBe(0);
  });
});

describe('periodic jobs', () => {
  it('starts the expired uploads sweeper with the platform and clears its timer on stop', async () => {
    const setIntervalSpy = jest.spyOn(global, 'setInterval');
    const clearIntervalSpy = jest.spyOn(global, 'clearInterval');
    try {
      const platform = await startPlatform(testConfig(), createLogger('silent'));
      const started = setIntervalSpy.mock.calls.findIndex(([, ms]) => ms === UPLOAD_SWEEP_MS);
      expect(started).toBeGreaterThanOrEqual(0);
      const timer = setIntervalSpy.mock.results[started]!.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
      expect(clearIntervalSpy).not.toHaveBeenCalledWith(timer);

      await platform.stop();
      expect(clearIntervalSpy).toHaveBeenCalledWith(timer);
    } finally {
      setIntervalSpy.mockRestore();
      clearIntervalSpy.mockRestore();
    }
  });
});

describe('kept-alive connections', () => {
  /** The `Keep-Alive` hint a client (or a proxy) is given with an answer: how long the API keeps it idle. */
  async function keepAliveHint(platform: RunningPlatform): Promise<string | undefined> {
    const agent = new http.Agent({ keepAlive: true });
    try {
      return await new Promise((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: platform.port, path: '/healthz', agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.headers['keep-alive']?.toString()));
          })
          .on('error', reject);
      });
    } finally {
      agent.destroy();
    }
  }

  it('stay open 65 s by default, longer than the proxy keeps its own idle (Caddy: 60 s), and as configured', async () => {
    const byDefault = await startPlatform(testConfig(), createLogger('silent'));
    try {
      expect(await keepAliveHint(byDefault)).toBe('timeout=65');
    } finally {
      await byDefault.stop();
    }
    const configured = await startPlatform(
      testConfig({ REEMPLOI_KEEP_ALIVE_TIMEOUT_MS: '120000' }),
      createLogger('silent'),
    );
    try {
      expect(await keepAliveHint(configured)).toBe('timeout=120');
    } finally {
      await configured.stop();
    }
  });

  it('refuses a keep-alive time under a second', () => {
    expect(() => testConfig({ REEMPLOI_KEEP_ALIVE_TIMEOUT_MS: '500' })).toThrow(/REEMPLOI_KEEP_ALIVE_TIMEOUT_MS/);
  });
});
