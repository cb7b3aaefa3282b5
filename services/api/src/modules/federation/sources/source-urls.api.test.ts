import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { lookup } from 'node:dns/promises';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import request from 'supertest';
import { useTestApp } from '../../../../test/app';
import { useTestDatabase } from '../../../../test/db';
import { importFile } from '../../../../test/federation-import';
import { loadConfig } from '../../../config';
import { createLogger } from '../../../shared/logger';
import { FederationService } from '../federation.service';
import { ImportRunModel } from '../runs/import-run.model';
import { SourceModel } from '../../places/source.model';
import { parseUrlPolicy } from './url-policy';

const TOKEN = 'test-admin-token-0123456789abcdef';
const SECRET = 'SECRET-INTERNAL-42';
const MAPPING = { fields: { name: 'nom', lat: 'lat', lng: 'lng' }, kind: 'OTHER', action: 'DROP_OFF' };

interface Target {
  url: string;
  port: number;
  /** Every request received: path and the authorization header it carried. */
  seen: { path: string; authorization: string | null }[];
}

/** A server on 127.0.0.1 standing in for an internal service or a remote host, recording what reaches it. */
function useTarget(): Target {
  const target: Target = { url: '', port: 0, seen: [] };
  let server: Server;
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => void> = {
    '/internal.csv': (_req, res) => res.end(`name;token\nadmin;${SECRET}\n`),
    '/redirect': (_req, res, url) => res.writeHead(302, { location: url.searchParams.get('to')! }).end(),
    // 5,000 bytes in chunks, no content-length
    '/big': (_req, res) => {
      for (let i = 0; i < 5; i += 1) res.write('x'.repeat(1000));
      res.end();
    },
    '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': '50000' }).end('x'.repeat(50000)),
    // headers and a first line, then nothing: a body that never ends
    '/stalls': (_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).write('id;nom\n'),
    '/api/v1/structures': (_req, res, url) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [], next: url.searchParams.get('next') ?? undefined }));
    },
    '/html': (_req, res) => res.end(`<!DOCTYPE html><html><body>${SECRET}</body></html>`),
  };
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://target');
      target.seen.push({ path: url.pathname, authorization: req.headers.authorization ?? null });
      (routes[url.pathname] ?? ((_q, r: ServerResponse) => r.writeHead(404).end()))(req, res, url);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    target.port = (server.address() as AddressInfo).port;
    target.url = `http://127.0.0.1:${target.port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return target;
}

/** The latest run once it has ended (runs go on in the background after runSource answers). */
async function lastRunEnded() {
  for (let i = 0; i < 100; i += 1) {
    const run = await ImportRunModel.findOne().sort({ startedAt: -1 }).lean();
    if (run && run.status !== 'RUNNING') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the run did not end');
}

describe('source URLs cannot reach the server’s own network (production defaults)', () => {
  const internal = useTarget();
  const t = useTestApp({
    seedDemo: false,
    env: { REEMPLOI_ADMIN_TOKEN: TOKEN, REEMPLOI_IMPORT_GEOCODER_URL: '', REEMPLOI_SCHEDULER_TICK_MS: '0' },
  });
  const staff = async (query: string, variables?: Record<string, unknown>) =>
    (await request(t.app).post('/graphql').set('authorization', `Bearer ${TOKEN}`).send({ query, variables })).body as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
  const create = (url: string) =>
    staff(
      `mutation($url: String) { createSource(input: { name: "Interne", format: OSM_OVERPASS, url: $url }) { source { id } problems { field message } } }`,
      { url },
    );

  it.each([
    ['loopback', (port: number) => `http://127.0.0.1:${port}/internal.csv`],
    ['localhost', (port: number) => `http://localhost:${port}/internal.csv`],
    ['IPv6 loopback', (port: number) => `http://[::1]:${port}/internal.csv`],
    ['IPv4-mapped IPv6', (port: number) => `http://[::ffff:127.0.0.1]:${port}/internal.csv`],
    ['decimal', (port: number) => `http://2130706433:${port}/internal.csv`],
    ['private', () => 'http://10.0.0.1/internal.csv'],
    ['metadata', () => 'http://169.254.169.254/latest/meta-data/'],
  ])('refuses to save a source whose URL is %s, saying why, and stores nothing', async (_kind, urlOf) => {
    const body = await create(urlOf(internal.port));
    expect(body.data!.createSource.source).toBeNull();
    expect(body.data!.createSource.problems).toEqual([
      { field: 'url', message: expect.stringMatching(/URL_NOT_ALLOWED.*(loopback|private|link-local) address/) },
    ]);
    expect(await SourceModel.countDocuments()).toBe(0);
    expect(internal.seen).toEqual([]);
  });

  it('refuses to run a source saved with an internal URL before the fix: BAD_USER_INPUT, no run, nothing fetched', async () => {
    const source = await SourceModel.create({
      name: 'Ancienne',
      format: 'osm-overpass',
      url: `${internal.url}/internal.csv`,
    });
    const body = await staff(`mutation($id: ID!) { runSource(id: $id) { id } }`, { id: String(source._id) });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'URL_NOT_ALLOWED',
      field: 'url',
    });
    expect(body.errors?.[0]?.message).toContain('127.0.0.1 is a loopback address');
    expect(await ImportRunModel.countDocuments()).toBe(0);
    expect(internal.seen).toEqual([]);
    await SourceModel.deleteMany({});
  });

  it('lets a scheduled run of such a source fail, so the refusal shows in its runs, without fetching anything', async () => {
    const source = await SourceModel.create({
      name: 'Planifiée',
      format: 'osm-overpass',
      url: `${internal.url}/internal.csv`,
    });
    const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_GEOCODER_URL: '', REEMPLOI_SCHEDULER_TICK_MS: '0' });
    const federation = new FederationService({
      config: config.federation,
      logger: createLogger('silent'),
      directory: t.directory,
    });
    const { done } = await federation.importNow(source._id, 'SCHEDULE');
    expect(await done).toMatchObject({
      status: 'FAILED',
      error: `GET ${internal.url}/internal.csv refused (URL_NOT_ALLOWED): 127.0.0.1 is a loopback address, and REEMPLOI_IMPORT_ALLOWED_HOSTS does not list it`,
    });
    expect(internal.seen).toEqual([]);
    await Promise.all([SourceModel.deleteMany({}), ImportRunModel.deleteMany({})]);
  });

  it('refuses at connection time a host name that resolves to a loopback address (DNS cannot bypass it)', async () => {
    // This machine's own name resolves to 127.0.0.1 (/etc/hosts); the URL looks like any other host's.
    const name = hostname();
    expect((await lookup(name)).address).toBe('127.0.0.1');
    const saved = await create(`http://${name}:${internal.port}/internal.csv`);
    expect(saved.data!.createSource.problems).toEqual([]);
    const run = await staff(`mutation($id: ID!) { runSource(id: $id) { id } }`, {
      id: saved.data!.createSource.source.id,
    });
    expect(run.errors).toBeUndefined();
    const failed = await lastRunEnded();
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe(
      `GET http://${name}:${internal.port}/internal.csv refused (URL_NOT_ALLOWED): ${name} resolves to a loopback address, and REEMPLOI_IMPORT_ALLOWED_HOSTS does not list it`,
    );
    expect(failed.rejections).toEqual([]);
    expect(internal.seen).toEqual([]);
  });
});

describe('fetching a source URL', () => {
  const allowed = useTarget();
  const other = useTarget();
  // Only the first server is listed: the second stands in for an internal service.
  const onlyAllowed = () => parseUrlPolicy(`127.0.0.1:${allowed.port}`);
  useTestDatabase();
  beforeAll(() => Promise.all([SourceModel.init(), ImportRunModel.init()]));
  beforeEach(() => {
    allowed.seen.length = 0;
    other.seen.length = 0;
  });

  it('refuses a redirect from an allowed host to an internal one, re-checking every hop', async () => {
    const to = `${other.url}/internal.csv`;
    const summary = await importFile('csv', 'Redirigée', `${allowed.url}/redirect?to=${encodeURIComponent(to)}`, {
      urlPolicy: onlyAllowed(),
      mapping: MAPPING,
    });
    expect(summary.status).toBe('FAILED');
    expect(summary.error).toMatch(
      new RegExp(
        `^GET ${to} \\(redirected from .*\\) refused \\(URL_NOT_ALLOWED\\): 127\\.0\\.0\\.1 is a loopback address`,
      ),
    );
    expect(summary.error).not.toContain(SECRET);
    expect(other.seen).toEqual([]);
    const metadata = await importFile(
      'csv',
      'Redirigée',
      `${allowed.url}/redirect?to=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`,
      { urlPolicy: onlyAllowed(), mapping: MAPPING },
    );
    expect(metadata.error).toContain('169.254.169.254 is a link-local address');
  });

  it('stops a download past the size limit, with or without a declared length', async () => {
    const chunked = await importFile('csv', 'Trop gros', `${allowed.url}/big`, { maxBytes: 1000, mapping: MAPPING });
    expect(chunked).toMatchObject({
      status: 'FAILED',
      error: `${allowed.url}/big is larger than the 1000 bytes allowed`,
    });
    const declared = await importFile('csv', 'Trop gros', `${allowed.url}/big-declared`, {
      maxBytes: 1000,
      mapping: MAPPING,
    });
    expect(declared).toMatchObject({
      status: 'FAILED',
      error: `${allowed.url}/big-declared is 50000 bytes, more than the 1000 allowed`,
    });
  });

  it('gives up on a download that does not finish within the time limit', async () => {
    const summary = await importFile('csv', 'Lente', `${allowed.url}/stalls`, {
      fetchTimeoutMs: 300,
      mapping: MAPPING,
    });
    expect(summary).toMatchObject({
      status: 'FAILED',
      error: `GET ${allowed.url}/stalls took longer than the 0.3 s allowed`,
    });
  });

  it('sends the data·inclusion token only to its own origin: not to another host, nor after a redirect or a next link away', async () => {
    const credentials = { origin: allowed.url, headers: { authorization: 'Bearer di-secret' } };
    await importFile('data-inclusion', 'data·inclusion', `${other.url}/api/v1/structures`, { credentials });
    expect(other.seen).toEqual([{ path: '/api/v1/structures', authorization: null }]);

    other.seen.length = 0;
    const next = `${allowed.url}/api/v1/structures?next=${encodeURIComponent(`${other.url}/api/v1/structures`)}`;
    await importFile('data-inclusion', 'data·inclusion', next, { credentials });
    expect(allowed.seen).toEqual([{ path: '/api/v1/structures', authorization: 'Bearer di-secret' }]);
    expect(other.seen).toEqual([{ path: '/api/v1/structures', authorization: null }]);

    other.seen.length = 0;
    const redirect = `${allowed.url}/redirect?to=${encodeURIComponent(`${other.url}/api/v1/structures`)}`;
    await importFile('data-inclusion', 'data·inclusion', redirect, { credentials });
    expect(other.seen).toEqual([{ path: '/api/v1/structures', authorization: null }]);
  });

  it('says an API page is not JSON without quoting what the server answered', async () => {
    const summary = await importFile('data-inclusion', 'data·inclusion', `${allowed.url}/html`);
    expect(summary).toMatchObject({ status: 'FAILED', error: `${allowed.url}/html did not answer JSON` });
  });
});

describe('the data·inclusion token over the API', () => {
  const api = useTarget();
  const elsewhere = useTarget();
  const env: Record<string, string> = {
    REEMPLOI_ADMIN_TOKEN: TOKEN,
    REEMPLOI_IMPORT_GEOCODER_URL: '',
    REEMPLOI_SCHEDULER_TICK_MS: '0',
    REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
    REEMPLOI_DATA_INCLUSION_TOKEN: 'di-secret',
  };
  beforeAll(() => (env.REEMPLOI_DATA_INCLUSION_URL = api.url));
  const t = useTestApp({ seedDemo: false, env });
  const staff = async (query: string, variables?: Record<string, unknown>) =>
    (await request(t.app).post('/graphql').set('authorization', `Bearer ${TOKEN}`).send({ query, variables })).body as {
      data?: Record<string, any>;
    };

  it('is sent to REEMPLOI_DATA_INCLUSION_URL’s host and to no other URL a staff member gives', async () => {
    for (const [name, url] of [
      ['data·inclusion', `${api.url}/api/v1/structures`],
      ['Faux data·inclusion', `${elsewhere.url}/api/v1/structures`],
    ]) {
      const created = await staff(
        `mutation($name: String!, $url: String) { createSource(input: { name: $name, format: DATA_INCLUSION, url: $url }) { source { id } } }`,
        { name, url },
      );
      await staff(`mutation($id: ID!) { runSource(id: $id) { id } }`, { id: created.data!.createSource.source.id });
      await lastRunEnded();
    }
    expect(api.seen).toEqual([{ path: '/api/v1/structures', authorization: 'Bearer di-secret' }]);
    expect(elsewhere.seen).toEqual([{ path: '/api/v1/structures', authorization: null }]);
  });
});
