import request from 'supertest';
import { useTestApp } from '../../../test/app';

// Found by the fuzzer (test/faults/graphql-fuzz.test.ts): request-level errors that reached clients with
// codes outside the stable set (INTERNAL_SERVER_ERROR, OPERATION_RESOLUTION_FAILURE, PAYLOAD_TOO_LARGE).
describe('request-level errors use the stable codes', () => {
  const t = useTestApp({ seedDemo: false });
  const post = (body: object) => request(t.app).post('/graphql').set('content-type', 'application/json').send(body);

  it.each([
    ['a subscription (the schema has none)', { query: 'subscription { places { totalCount } }' }],
    ['an unknown operation name', { query: 'query A { apiInfo { version } }', operationName: 'B' }],
    ['two operations without a name', { query: 'query A { apiInfo { version } } query B { actions { id } }' }],
    ['an unsupported APQ version', { extensions: { persistedQuery: { version: 99, sha256Hash: 'x' } } }],
    [
      'an APQ hash that does not match',
      { query: '{ apiInfo { version } }', extensions: { persistedQuery: { version: 1, sha256Hash: '00' } } },
    ],
  ])('answers BAD_USER_INPUT to %s', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers 413 BAD_USER_INPUT (reason PAYLOAD_TOO_LARGE) to a body over the limit', async () => {
    const res = await post({ query: `{ apiInfo { version } } #${'x'.repeat(200_000)}` });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });
  });
});
