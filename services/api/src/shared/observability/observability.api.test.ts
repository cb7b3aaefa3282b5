import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { operationLabel } from './graphql-metrics.plugin';
import { requestIdOf, requestLogging } from './request-logging';

describe('observability endpoints', () => {
  const t = useTestApp();

  it('exposes request rate, latency and errors per GraphQL operation and HTTP route on /metrics', async () => {
    await request(t.app).post('/graphql').send({ query: 'query NearbyDonations { places(first: 2) { totalCount } }' });
    await request(t.app)
      .post('/graphql')
      .send({ query: 'query BadBox { places(bbox: { west: 10, south: 50, east: 0, north: 40 }) { totalCount } }' });
    await request(t.app).post('/graphql').send({ query: '{ nope }' });
    const res = await request(t.app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(text).toContain(
      'reemploi_graphql_operations_total{operation="NearbyDonations",type="query",outcome="ok"} 1',
    );
    expect(text).toMatch(
      /reemploi_graphql_operation_duration_seconds_count\{operation="NearbyDonations",type="query"\} 1/,
    );
    expect(text).toContain('reemploi_graphql_errors_total{code="BAD_USER_INPUT",operation="BadBox"} 1');
    expect(text).toContain('reemploi_graphql_errors_total{code="BAD_USER_INPUT",operation="anonymous"} 1');
    expect(text).toMatch(/reemploi_http_requests_total\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toMatch(
      /reemploi_http_request_duration_seconds_bucket\{le="0\.1",route="\/graphql",method="POST"\} \d+/,
    );
    expect(text).toMatch(/^reemploi_directory_places 23$/m);
    expect(text).toMatch(/^reemploi_directory_refresh_lag_seconds \d/m);
    expect(text).toMatch(/^reemploi_database_up 1$/m);
    expect(text).toContain('# TYPE reemploi_import_runs_total counter');
  });

  it('echoes a valid x-request-id and generates one otherwise', async () => {
    const given = await request(t.app).get('/healthz').set('x-request-id', 'caddy-7f3a.12');
    expect(given.headers['x-request-id']).toBe('caddy-7f3a.12');
    const generated = await request(t.app).get('/healthz');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await request(t.app).get('/healthz').set('x-request-id', 'forged id with spaces');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('bounds the operation-name label', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('drop table; --')).toBe('other');
    expect(operationLabel('x'.repeat(65))).toBe('other');
    for (let i = 0; i < 300; i += 1) operationLabel(`Generated${i}`);
    expect(operationLabel('YetAnotherName')).toBe('other');
    expect(operationLabel('NearbyDonations')).toBe('NearbyDonations');
    expect(requestIdOf(['a-b', 'c'])).toBe('a-b');
  });
});

describe('/metrics with a token', () => {
  const t = useTestApp({ seedDemo: false, env: { REEMPLOI_METRICS_TOKEN: 'scrape-token-0123456789' } });

  it('refuses scrapers without the bearer token', async () => {
    expect((await request(t.app).get('/metrics')).status).toBe(401);
    const res = await request(t.app).get('/metrics').set('Authorization', 'Bearer scrape-token-0123456789');
    expect(res.status).toBe(200);
  });
});

describe('/metrics in production', () => {
  const token = 'scrape-token-0123456789';
  const t = useTestApp({ seedDemo: false, env: { NODE_ENV: 'production', REEMPLOI_METRICS_TOKEN: token } });

  it('needs the bearer token, at its exact path only', async () => {
    expect((await request(t.app).get('/metrics')).status).toBe(401);
    expect((await request(t.app).get('/metrics').set('Authorization', 'Bearer wrong-token-0123456789')).status).toBe(
      401,
    );
    const scraped = await request(t.app).get('/metrics').set('Authorization', `Bearer ${token}`);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('reemploi_graphql_operations_total');
    // Strict, case-sensitive routing: other spellings are neither the metrics nor the web app.
    for (const spelling of ['/metrics/', '/METRICS', '/Metrics', '/metrics/x']) {
      const res = await request(t.app).get(spelling).set('Authorization', `Bearer ${token}`);
      expect({ spelling, status: res.status, metrics: res.text.includes('reemploi_') }).toEqual({
        spelling,
        status: 404,
        metrics: false,
      });
    }
    expect((await request(t.app).get('/healthz')).status).toBe(200);
    expect((await request(t.app).get('/graphql?query=%7BapiInfo%7Bversion%7D%7D')).status).toBe(200);
  });
});

describe('/metrics in production without a token', () => {
  const t = useTestApp({ seedDemo: false, env: { NODE_ENV: 'production' } });

  it('is not served at all rather than served to anyone', async () => {
    for (const spelling of ['/metrics', '/metrics/', '/METRICS']) {
      const res = await request(t.app).get(spelling);
      expect({ spelling, status: res.status, metrics: res.text.includes('reemploi_') }).toEqual({
        spelling,
        status: 404,
        metrics: false,
      });
    }
    expect((await request(t.app).get('/healthz')).status).toBe(200);
  });
});

describe('request logs', () => {
  /** An app with the request log written to `lines`, one parsed JSON object per line. */
  function loggedApp() {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const app = express();
    app.use(requestLogging(pino({ level: 'info' }, sink)));
    return { app, lines };
  }

  it('writes one JSON line per request with its id, status and time, never headers or addresses', async () => {
    const { app, lines } = loggedApp();
    app.get('/graphql', (req, res) => {
      req.log.info('inside the handler');
      res.status(400).json({});
    });
    app.get('/healthz', (_req, res) => res.json({}));
    await request(app).get('/graphql?query=x').set('x-request-id', 'abc-123').set('x-api-key', 'rmp_live_secret');
    await request(app).get('/healthz');
    expect(lines).toHaveLength(2); // the probe is not logged
    expect(lines[0]).toMatchObject({ reqId: 'abc-123', msg: 'inside the handler' });
    expect(lines[1]).toMatchObject({
      level: 40,
      req: { id: 'abc-123', method: 'GET', url: '/graphql?query=x' },
      res: { statusCode: 400 },
    });
    expect(lines[1]!.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('rmp_live_secret');
    expect(JSON.stringify(lines)).not.toContain('127.0.0.1');
  });

  it('never writes the one-time token of a password link (or any secret-named parameter) of a logged address', async () => {
    const { app, lines } = loggedApp();
    app.get('/admin/mot-de-passe', (_req, res) => res.send('page'));
    const token = 'S3cr3tOneTimeTok3nFromAnInvitationLink_abcdefghijk';
    await request(app).get(`/admin/mot-de-passe?token=${token}&lang=en`);
    await request(app).get(`/admin/mot-de-passe?lang=fr&Password=hunter2hunter2&api_key=rmp_live_x`);
    expect(lines.map((l) => l.req?.url)).toEqual([
      '/admin/mot-de-passe?token=[redacted]&lang=en',
      '/admin/mot-de-passe?lang=fr&Password=[redacted]&api_key=[redacted]',
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/S3cr3t|hunter2|rmp_live_x/);
  });
});
