import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { ApiKeyUsageModel } from './api-key.model';
import { ApiKeyService } from './api-key.service';
import { monthOf } from './usage-recorder';

const PARTNER = 'https://www.valognes.example';
const QUERY = '{ places(first: 3) { totalCount edges { node { name address { commune } } } } }';

describe('API keys on /graphql: origins, rate limits, usage', () => {
  const t = useTestApp({
    env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '5', REEMPLOI_USAGE_FLUSH_MS: '200', REEMPLOI_APIKEY_REFRESH_MS: '1000' },
  });
  const keys = new ApiKeyService({ defaultRatePerMinute: 100 });
  let secret = '';
  let keyId = '';

  beforeAll(async () => {
    const created = await keys.create({ name: 'Mairie de Valognes', origins: [PARTNER], ratePerMinute: 4 });
    if (!created.ok) throw new Error('key not created');
    secret = created.secret;
    keyId = created.apiKey.id;
    await eventually(async () => expect((await post({ 'X-Api-Key': secret })).status).toBe(200)); // registry refresh
  });

  const post = (headers: Record<string, string> = {}) =>
    request(t.app).post('/graphql').set(headers).send({ query: QUERY });

  it('answers anonymous reads with CORS * and rate-limit headers', async () => {
    const res = await post({ Origin: 'https://anyone.example' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['ratelimit-limit']).toBe('5');
    expect(res.body.data.places.totalCount).toBe(23);
  });

  it('answers a keyed request from an allowed origin with that origin in CORS', async () => {
    const res = await post({ Origin: PARTNER, 'X-Api-Key': secret });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(PARTNER);
    expect(res.headers.vary).toMatch(/Origin/);
    expect(res.headers['ratelimit-limit']).toBe('4');
  });

  it('refuses a key used from an origin it does not allow with 403 FORBIDDEN', async () => {
    const res = await post({ Origin: 'https://elsewhere.example', 'X-Api-Key': secret });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    expect(res.body.data).toBeUndefined();
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED', async () => {
    const res = await post({ 'X-Api-Key': `rmp_live_${'x'.repeat(43)}` });
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers CORS preflights for any origin, allowing the X-Api-Key header', async () => {
    const res = await request(t.app)
      .options('/graphql')
      .set({ Origin: PARTNER, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-api-key' });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toMatch(/X-Api-Key/);
  });

  it('refuses the request over the key limit with HTTP 429, Retry-After and RATE_LIMITED, then counts the month', async () => {
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await post({ 'X-Api-Key': secret });
      statuses.push(last.status);
    }
    expect(statuses).toContain(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limitPerMinute: 4 });
    await eventually(async () => {
      const usage = await ApiKeyUsageModel.findOne({ keyId, month: monthOf(new Date()) }).lean();
      expect(usage!.requests).toBeGreaterThanOrEqual(5);
      expect(usage!.rateLimited).toBeGreaterThanOrEqual(1);
      expect((await keys.find(keyId))!.lastUsedAt).toBeInstanceOf(Date);
    });
  });

  it('limits anonymous requests per address with the same 429 RATE_LIMITED answer', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post()).status);
    expect(statuses.slice(-1)).toEqual([429]);
  });

  it('stops accepting a key once revoked', async () => {
    const other = await keys.create({ name: 'Temporary', ratePerMinute: 50 });
    if (!other.ok) throw new Error('key not created');
    await eventually(async () => expect((await post({ 'X-Api-Key': other.secret })).status).toBe(200));
    await keys.revoke(other.apiKey.id);
    await eventually(async () => expect((await post({ 'X-Api-Key': other.secret })).status).toBe(401));
  });
});
