import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { counterDeltas } from '../../../test/metrics';
import { registry } from '../observability/metrics';
import { ResponseCache, responseCacheKey } from './response-cache';

const ADMIN_TOKEN = 'response-cache-admin-token-0123456789';
const PLACES =
  'query Near($lang: Lang!) { places(first: 3) { edges { node { id name openNow labels { label(lang: $lang) } } } } }';

/** How many hits / misses / bypasses `run` caused. */
const counted = (run: () => Promise<unknown>) =>
  counterDeltas('reemploi_graphql_response_cache_total', 'result', ['hit', 'miss', 'bypass'], run);

describe('response cache for public reads', () => {
  const t = useTestApp({ env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } });
  const get = (
    query: string,
    variables: Record<string, unknown> = { lang: 'FR' },
    headers: Record<string, string> = {},
  ) =>
    request(t.app)
      .get('/graphql')
      .query({ query, variables: JSON.stringify(variables) })
      .set(headers);
  const post = (
    query: string,
    variables: Record<string, unknown> = { lang: 'FR' },
    headers: Record<string, string> = {},
  ) =>
    request(t.app)
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...headers })
      .send({ query, variables });

  // Answers are kept per minute: the clock stands still in each test, so a slow machine crossing a
  // minute boundary between two requests does not turn an expected hit into a miss.
  beforeEach(() => {
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers a repeated GET from memory with the same body, cache headers and ETag (and 304)', async () => {
    const search = jest.spyOn(t.directory.index, 'search');
    let first!: request.Response;
    let second!: request.Response;
    const counts = await counted(async () => {
      await get(PLACES); // seen once: noted, not kept
      first = await get(PLACES); // seen again: kept
      second = await get(PLACES);
    });
    expect(counts).toEqual({ hit: 1, miss: 2, bypass: 0 });
    expect(search).toHaveBeenCalledTimes(2);
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    for (const header of ['content-type', 'cache-control', 'vary', 'etag']) {
      expect(second.headers[header]).toBe(first.headers[header]);
    }
    expect(second.headers['cache-control']).toMatch(/^public, max-age=/);
    expect(second.headers['x-request-id']).toBeDefined();
    expect(second.headers['ratelimit-limit']).toBeDefined(); // the rate limiter ran for the hit
    const notModified = await get(PLACES).set('If-None-Match', first.headers.etag!);
    expect(notModified.status).toBe(304);
  });

  it('keeps POST answers apart from GET ones (POST stays no-store) and shares variables in any key order', async () => {
    const variables = { lang: 'EN', first: 2 };
    const query =
      'query Two($lang: Lang!, $first: Int) { places(first: $first) { edges { node { labels { label(lang: $lang) } } } } }';
    const counts = await counted(async () => {
      await post(query, variables);
      const a = await post(query, { first: 2, lang: 'EN' });
      const b = await post(query, variables);
      expect(b.text).toBe(a.text);
      expect(b.headers['cache-control']).toBe('no-store');
    });
    expect(counts).toEqual({ hit: 1, miss: 2, bypass: 0 });
  });

  it('counts a hit in the GraphQL operation metrics', async () => {
    const count = async () =>
      (await registry.getSingleMetric('reemploi_graphql_operations_total')!.get()).values
        .filter((v) => v.labels.operation === 'Near' && v.labels.outcome === 'ok')
        .reduce((n, v) => n + v.value, 0);
    await get(PLACES);
    await get(PLACES);
    const before = await count();
    expect((await counted(() => get(PLACES))).hit).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('re-executes after any index write (generation), and serves the new content', async () => {
    const byName =
      'query One($lang: Lang!) { places(first: 1) { edges { node { id name labels { label(lang: $lang) } } } } }';
    const first = await get(byName);
    const node = first.body.data.places.edges[0].node as { id: string; name: string };
    const place = t.directory.index.get(node.id)!;
    t.directory.index.upsert({ ...place, name: `${place.name} (renamed)` });
    try {
      const counts = await counted(async () => {
        const again = await get(byName);
        expect(again.body.data.places.edges[0].node.name).toBe(`${place.name} (renamed)`);
      });
      expect(counts).toEqual({ hit: 0, miss: 1, bypass: 0 });
    } finally {
      t.directory.index.upsert(place);
    }
  });

  it('expires answers at the next minute (openNow and nextChangeAt move with time)', async () => {
    const query =
      'query Minute($lang: Lang!) { places(first: 2) { edges { node { id openNow nextChangeAt labels { label(lang: $lang) } } } } }';
    await get(query);
    await get(query);
    expect((await counted(() => get(query))).hit).toBe(1);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 60_000);
    expect(await counted(() => get(query))).toEqual({ hit: 0, miss: 1, bypass: 0 });
  });

  it('never answers staff from the cache, nor keeps staff answers', async () => {
    const staff = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const counts = await counted(async () => {
      expect((await post(PLACES, { lang: 'FR' }, staff)).status).toBe(200);
      expect((await post(PLACES, { lang: 'FR' }, staff)).status).toBe(200);
    });
    expect(counts).toEqual({ hit: 0, miss: 0, bypass: 2 });
  });

  it('does not keep operations with a root field outside the public allow-list, nor errors', async () => {
    const mixed = '{ apiInfo { version } viewer { __typename } }';
    for (let i = 0; i < 3; i += 1) expect(await counted(() => get(mixed, {}))).toEqual({ hit: 0, miss: 1, bypass: 0 });
    const failing = '{ place(slug: "NOT A SLUG") { id } }';
    await get(failing, {});
    await get(failing, {});
    expect(await counted(() => get(failing, {}))).toEqual({ hit: 0, miss: 1, bypass: 0 });
  });

  it('answers persisted-query GETs by hash', async () => {
    const query = 'query Apq { categories { id } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    // The same document first without then with its hash: the registration must reach Apollo.
    await post(query, {});
    const registered = await post(query, {}).send({ query, variables: {}, extensions: JSON.parse(extensions) });
    expect(registered.status).toBe(200);
    const counts = await counted(async () => {
      await request(t.app).get('/graphql').query({ extensions });
      const a = await request(t.app).get('/graphql').query({ extensions });
      const b = await request(t.app).get('/graphql').query({ extensions });
      expect(b.text).toBe(a.text);
      expect(b.text).toBe(registered.text);
      expect(a.headers['cache-control']).toMatch(/^public, max-age=/);
      expect(b.headers['cache-control']).toBe(a.headers['cache-control']);
    });
    expect(counts).toEqual({ hit: 1, miss: 2, bypass: 0 });
  });
});

describe('responseCacheKey', () => {
  const req = (method: string, params: Record<string, unknown>) =>
    (method === 'GET'
      ? { method, headers: {}, query: params }
      : { method, headers: {}, body: params }) as unknown as Request;
  const res = (partner: unknown = undefined, viewer: unknown = undefined) =>
    ({ locals: { partner, viewer } }) as unknown as Response;
  const key = (r: Request, s: Response) => responseCacheKey(r, s, 7, 100);
  const partner = (territory: string[], scopes = ['READ']) => ({
    keyId: 'k1',
    name: 'p',
    origins: [],
    ratePerMinute: 10,
    territory,
    scopes,
  });
  const body = { query: '{ places { totalCount } }', variables: { b: 1, a: { d: 2, c: 3 } } };

  it('separates territories, anonymous and keyed callers; ADMIN keys and staff bypass', () => {
    const anonymous = key(req('POST', body), res());
    const keyed = key(req('POST', body), res(partner([])));
    const cherbourg = key(req('POST', body), res(partner(['Cherbourg-en-Cotentin'])));
    const valognes = key(req('POST', body), res(partner(['Valognes'])));
    expect(new Set([anonymous, keyed, cherbourg, valognes]).size).toBe(4);
    expect(key(req('POST', body), res(partner(['Valognes']), { kind: 'anonymous' }))).toBe(valognes);
    expect(key(req('POST', body), res(partner([], ['READ', 'ADMIN'])))).toBeNull();
    expect(key(req('POST', body), res(undefined, { kind: 'admin-token', role: 'ADMIN' }))).toBeNull();
  });

  it('canonicalises variables and keys on generation, minute, method and document', () => {
    const reordered = { ...body, variables: { a: { c: 3, d: 2 }, b: 1 } };
    expect(key(req('POST', reordered), res())).toBe(key(req('POST', body), res()));
    expect(key(req('GET', { ...body, variables: JSON.stringify(body.variables) }), res())).not.toBe(
      key(req('POST', body), res()),
    );
    expect(responseCacheKey(req('POST', body), res(), 8, 100)).not.toBe(key(req('POST', body), res()));
    expect(responseCacheKey(req('POST', body), res(), 7, 101)).not.toBe(key(req('POST', body), res()));
    expect(key(req('POST', { ...body, query: '{ places { edges { cursor } } }' }), res())).not.toBe(
      key(req('POST', body), res()),
    );
  });

  it('bypasses batches, malformed URL JSON, documents without query or hash, other methods', () => {
    expect(key({ method: 'POST', headers: {}, body: [body] } as unknown as Request, res())).toBeNull();
    expect(key(req('GET', { extensions: '{not json' }), res())).toBeNull();
    expect(key(req('GET', { variables: '{}' }), res())).toBeNull();
    expect(key({ method: 'PUT', headers: {}, body } as unknown as Request, res())).toBeNull();
    for (const odd of [{ operationName: 3 }, { operationName: ['A'] }, { variables: [1] }, { variables: 'x' }]) {
      expect(key(req('POST', { ...body, ...odd }), res())).toBeNull();
    }
  });

  it('keeps answers per Accept header (Apollo picks the content type from it)', () => {
    const accepting = (accept: string) => ({ ...req('POST', body), headers: { accept } }) as unknown as Request;
    expect(key(accepting('application/graphql-response+json'), res())).not.toBe(
      key(accepting('application/json'), res()),
    );
  });
});

describe('ResponseCache', () => {
  const entry = (body: string) => ({
    body,
    headers: [['content-type', 'application/json']] as [string, string][],
    label: 'x',
  });

  /** Stores an answer as the cache sees it for a key asked twice (the first time is only noted). */
  const keep = (cache: ResponseCache, key: string, value: ReturnType<typeof entry>) => {
    cache.set(key, value);
    cache.set(key, value);
  };

  it('keeps an answer only the second time its key comes back', () => {
    const cache = new ResponseCache(10_000);
    cache.set('once', entry('x'));
    expect(cache.get('once')).toBeUndefined();
    expect(cache.bytes).toBe(0);
    cache.set('once', entry('x'));
    expect(cache.get('once')?.body).toBe('x');
    cache.set('once', entry('y')); // already kept: replaced at once
    expect(cache.get('once')?.body).toBe('y');
  });

  it('evicts the least recently used entries to stay within its byte bound', () => {
    const cache = new ResponseCache(1000, 500);
    keep(cache, 'a', entry('x'.repeat(400)));
    keep(cache, 'b', entry('x'.repeat(400)));
    cache.get('a'); // a is now more recent than b
    keep(cache, 'c', entry('x'.repeat(400)));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    keep(cache, 'huge', entry('x'.repeat(600))); // above the per-entry bound: not kept
    expect(cache.get('huge')).toBeUndefined();
    cache.set('a', entry('y'));
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThan(500);
  });
});
