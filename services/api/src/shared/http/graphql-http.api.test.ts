import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { useTestApp } from '../../../test/app';

const QUERY = '{ places(first: 2) { totalCount edges { node { name } } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('GraphQL over HTTP: GET, caching, persisted queries, depth and cost limits', () => {
  const t = useTestApp();

  it('answers GET queries with a public Cache-Control and an ETag, then 304 for If-None-Match', async () => {
    const first = await request(t.app).get('/graphql').query({ query: QUERY });
    expect(first.status).toBe(200);
    expect(first.body.data.places.totalCount).toBe(23);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=60');
    expect(first.headers.etag).toBeTruthy();
    const again = await request(t.app)
      .get('/graphql')
      .query({ query: QUERY })
      .set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('compresses for clients that accept it, and says the answer varies with Accept-Encoding either way', async () => {
    const big = '{ places(first: 50) { edges { node { name description address { street commune } } } } }';
    const gzip = await request(t.app).get('/graphql').query({ query: big }).set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    const plain = await request(t.app).get('/graphql').query({ query: big }).set('Accept-Encoding', '');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.body).toEqual(gzip.body);
    const page = await request(t.app).get('/healthz').set('Accept-Encoding', '');
    expect(page.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('marks POST responses, errors and mutations over GET as not cacheable', async () => {
    const post = await request(t.app).post('/graphql').send({ query: QUERY });
    expect(post.headers['cache-control']).toBe('no-store');
    expect(post.headers.etag).toBeUndefined(); // nothing revalidates a POST: its body is not hashed
    const failed = await request(t.app).get('/graphql').query({ query: '{ places(first: 1000) { totalCount } }' });
    expect(failed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failed.headers['cache-control']).toBe('no-store');
    const mutation = await request(t.app).get('/graphql').query({ query: 'mutation { revokeApiKey(id: "x") { id } }' });
    expect(mutation.status).toBe(405);
  });

  it('runs automatic persisted queries over GET: unknown hash, then registered, then by hash alone', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } });
    const miss = await request(t.app).get('/graphql').query({ extensions });
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await request(t.app).get('/graphql').query({ query: QUERY, extensions });
    expect(register.body.data.places.totalCount).toBe(23);
    const hit = await request(t.app).get('/graphql').query({ extensions });
    expect(hit.body.data.places.totalCount).toBe(23);
    expect(hit.headers['cache-control']).toMatch(/^public/);
  });

  it('refuses a query nested deeper than the limit with QUERY_TOO_DEEP, before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < 5; i += 1) selection = `subcategories { category { ${selection} } }`;
    const res = await request(t.app)
      .post('/graphql')
      .send({ query: `{ categories { ${selection} } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      maxDepth: 10,
    });
    expect(res.body.errors[0].message).toMatch(/nested 12 levels deep; the limit is 10/);
  });

  it('refuses a query whose estimated cost is over the limit with QUERY_TOO_COMPLEX, counting `first` from variables', async () => {
    const query =
      'query($n: Int) { places(first: $n) { edges { node { offers { subcategories { objects(first: 20) { label } } } } } } }';
    const res = await request(t.app)
      .post('/graphql')
      .send({ query, variables: { n: 100 } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      maxCost: 15000,
    });
    const small = await request(t.app)
      .post('/graphql')
      .send({ query, variables: { n: 1 } });
    expect(small.body.errors).toBeUndefined();
  });
  it('refuses an operation repeating a search through many aliases with TOO_MANY_ROOT_FIELDS', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `p${i}: place(slug: "emmaus-cotentin") { name }`).join(' ');
    const res = await request(t.app)
      .post('/graphql')
      .send({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ROOT_FIELDS',
      maxRootFields: 20,
    });
    const twenty = Array.from({ length: 20 }, (_, i) => `p${i}: place(slug: "emmaus-cotentin") { name }`).join(' ');
    const ok = await request(t.app)
      .post('/graphql')
      .send({ query: `{ ${twenty} }` });
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses a document of more than 2000 tokens before validating it', async () => {
    const names = Array.from({ length: 700 }, (_, i) => `a${i}: __typename`).join(' '); // 2 102 tokens
    const res = await request(t.app)
      .post('/graphql')
      .send({ query: `{ ${names} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(res.body.errors[0].message).toMatch(/Document contains more th\w+ 2000 tokens/); // graphql-js: "that"
  });

  it('counts introspection among the top-level fields and at its size in the cost', async () => {
    const typenames = Array.from({ length: 21 }, (_, i) => `t${i}: __typename`).join(' ');
    const many = await request(t.app)
      .post('/graphql')
      .send({ query: `{ ${typenames} }` });
    expect(many.body.errors[0].extensions).toMatchObject({ reason: 'TOO_MANY_ROOT_FIELDS', rootFields: 21 });
    // The standard introspection query passes (its limit follows the schema); copies of it through aliases do not.
    const standard = getIntrospectionQuery();
    const fragments = standard.indexOf('fragment');
    const schema = standard.slice(standard.indexOf('__schema'), standard.lastIndexOf('}', fragments));
    const once = await request(t.app).post('/graphql').send({ query: standard });
    expect(once.status).toBe(200);
    const copies = Array.from({ length: 8 }, (_, i) => `s${i}: ${schema}`).join(' ');
    const eight = await request(t.app)
      .post('/graphql')
      .send({ query: `query { ${copies} } ${standard.slice(fragments)}` });
    expect(eight.status).toBe(400);
    expect(eight.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(eight.body.errors[0].extensions.introspection).toBeGreaterThan(
      eight.body.errors[0].extensions.maxIntrospection,
    );
  });

  it('computes one facet count per search and request, however many aliases ask', async () => {
    const facets = jest.spyOn(t.directory.index, 'facets');
    try {
      const body = await t.gql(`{
        a: places(first: 1) { x: facets { kinds { value } } y: facets { actions { value } } }
        b: places(first: 3) { facets { labels { value } } }
        c: places(first: 1, filter: { kinds: [RECYCLING_CENTRE] }) { facets { kinds { value count } } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(facets).toHaveBeenCalledTimes(2); // one search (any page of it), then another filter
    } finally {
      facets.mockRestore();
    }
  });
});
