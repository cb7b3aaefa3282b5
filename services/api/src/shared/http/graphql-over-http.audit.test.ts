import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { useTestApp } from '../../../test/app';

// SHOULDs declined on purpose: the spec's legacy advice is HTTP 200 for request errors sent as
// application/json. We answer 400 in both media types (as Apollo Server does), so caches, monitoring
// and partner developers see at once that the request itself was wrong. Checked below as such.
const DECLINED: Record<string, number> = {
  'SHOULD use 200 status code on document parsing failure when accepting application/json': 400,
  'SHOULD use 200 status code on document validation failure when accepting application/json': 400,
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': 400,
};

// The GraphQL-over-HTTP conformance audits of the graphql-http package, each run against the real
// Express + Apollo server listening on a free port: every MUST and every other SHOULD/MAY passes.
describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  const t = useTestApp({ seedDemo: false });
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  for (const audit of serverAudits({ url: () => url })) {
    const declined = DECLINED[audit.name];
    it(declined ? `${audit.name} (declined: answers ${declined})` : audit.name, async () => {
      const result = await audit.fn();
      if (declined) {
        expect(result.status).toBe('warn');
        expect('response' in result && result.response.status).toBe(declined);
        return;
      }
      if (result.status !== 'ok') {
        const response =
          'response' in result ? `${result.response.status} ${await result.response.clone().text()}` : '';
        throw new Error(`${result.reason}\n${response}`);
      }
    });
  }
});
