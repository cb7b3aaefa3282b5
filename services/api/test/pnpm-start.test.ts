import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import mongoose from 'mongoose';

// What a fresh clone gets from `pnpm start` (scripts/start.mjs), run as is: nothing built in the folders
// it serves (REEMPLOI_WEB_DIST, REEMPLOI_EMBED_DIST point at empty ones), so start must build them, then
// every URL that docs/api.md promises must answer 200 with the right content type
// (as ../shared/tools/fresh-clone-check asks of a real clone).

const root = repoRoot();
const DEMO_SLUG = 'emmaus-cotentin';
/** Cherbourg-en-Cotentin: demo places there, so its printable guide exists. */
const DEMO_INSEE = '50129';

/** Every path of the instance that docs/api.md gives (https://reemploi.example/…, `GET /…`), placeholders filled in. */
function documentedPaths(): string[] {
  const doc = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
  const urls = [
    ...[...doc.matchAll(/https:\/\/reemploi\.example(\/[^\s`'"<>)]*)?/g)].map((m) => m[1] ?? '/'),
    ...[...doc.matchAll(/`GET (\/[^\s`]+)`/g)].map((m) => m[1]!),
  ];
  const paths = urls.map((url) =>
    url
      .replace(/\/lieu\/$/, `/lieu/${DEMO_SLUG}`) // `…/lieu/<slug>`
      .replace('<insee>', DEMO_INSEE) // `GET /guide/<insee>.pdf`
      .replace(/\?.*$/, '') // `?action=…&objects=…`, `?<same query>`: the page itself
      .replace(/^\/graphql$/, '/graphql?query=%7BapiInfo%7Bversion%7D%7D'),
  );
  // A placeholder the demo cannot fill (a photo exists once a structure uploads one) is left out, by name:
  // a new placeholder in the docs fails here until it is filled in above or listed.
  const unfilled = paths.filter((p) => p.includes('<'));
  const unknown = unfilled.filter((p) => !UNFILLABLE.includes(p));
  if (unknown.length) throw new Error(`docs/api.md documents paths with unfilled placeholders: ${unknown.join(', ')}`);
  return [...new Set(['/', '/healthz', '/readyz', ...paths.filter((p) => !p.includes('<'))])].sort();
}

/** Documented paths whose placeholder needs data the demo does not have (tested by their own modules). */
const UNFILLABLE = ['/board/photos/<id>'];

/** Pages the server renders itself, without the web app (the impact counter partners frame). */
const SERVER_PAGES: Record<string, RegExp> = { '/embed/impact': /tonnes détournées de l’enfouissement/ };

/** The content type a reader of the docs expects from a path. */
function expectedType(urlPath: string): RegExp {
  const pathname = urlPath.replace(/\?.*$/, '');
  if (pathname.endsWith('.js')) return /^text\/javascript/;
  if (pathname.endsWith('.geojson')) return /^application\/geo\+json/;
  if (pathname.endsWith('.csv')) return /^text\/csv/;
  if (pathname.endsWith('.pdf')) return /^application\/pdf/;
  if (pathname.endsWith('.ics')) return /^text\/calendar/;
  if (['/graphql', '/healthz', '/readyz'].includes(pathname)) return /^application\/json/;
  return /^text\/html/;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('pnpm start on a fresh clone', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'reemploi-start-'));
  const webDist = path.join(dist, 'web');
  const embedDist = path.join(dist, 'embed');
  const dbName = `start_${randomBytes(6).toString('hex')}`;
  const uri = process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI;
  let start: ChildProcess;
  let output = '';
  let base = '';

  beforeAll(async () => {
    if (!uri) throw new Error('No test database: run through Jest (its global setup starts FerretDB).');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const { REEMPLOI_PUBLIC_URL: _unset, ...inherited } = process.env;
    start = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      detached: true, // its own process group: the builds and the API stop with it
      env: {
        ...inherited,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGODB_URI: uri,
        REEMPLOI_DB_NAME: dbName,
        REEMPLOI_WEB_DIST: webDist,
        REEMPLOI_EMBED_DIST: embedDist,
        REEMPLOI_MAP_STYLE_URL: '/styles/blank.json',
        REEMPLOI_GEOCODER_URL: '',
        LOG_LEVEL: 'info',
      },
    });
    start.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Ready, or the reason it is not: builds and first start take a while on a busy CI machine.
    for (;;) {
      if (start.exitCode !== null) throw new Error(`pnpm start exited (${start.exitCode}):\n${output.slice(-3000)}`);
      if ((await fetch(`${base}/readyz`).catch(() => null))?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 180_000);

  afterAll(async () => {
    if (start?.pid && start.exitCode === null) {
      const exited = new Promise((resolve) => start.once('exit', resolve));
      process.kill(-start.pid, 'SIGTERM');
      await exited;
    }
    if (uri) {
      const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
    rmSync(dist, { recursive: true, force: true });
  }, 30_000);

  it('builds the web app and the partner widget into the folders it serves', () => {
    expect(existsSync(path.join(webDist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(embedDist, 'embed.js'))).toBe(true);
    expect(existsSync(path.join(embedDist, 'carte-loader.js'))).toBe(true);
  });

  it('finds the pages, scripts and exports that docs/api.md documents', () => {
    const paths = documentedPaths();
    for (const expected of [
      '/embed.js',
      '/embed/carte.js',
      '/embed/carte',
      '/exports/places.csv',
      `/lieu/${DEMO_SLUG}`,
    ])
      expect(paths).toContain(expected);
  });

  it.each(documentedPaths())('answers %s with 200 and the documented content type', async (urlPath) => {
    const res = await fetch(`${base}${urlPath}`);
    expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
      status: 200,
      type: expect.stringMatching(expectedType(urlPath)),
    });
    const body = await res.text();
    if (urlPath.endsWith('.js')) expect(body).toContain('Réemploi widget');
    if (expectedType(urlPath).source.includes('html')) expect(body).toMatch(SERVER_PAGES[urlPath] ?? /<div id="root"/);
  });

  it('serves the demo places through GraphQL', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ places(first: 3) { totalCount edges { node { name } } } }' }),
    });
    const body = (await res.json()) as { data: { places: { totalCount: number } } };
    expect(body.data.places.totalCount).toBeGreaterThan(0);
  });

  it('warns at start, in production, that REEMPLOI_PUBLIC_URL is not set', () => {
    expect(output).toContain('REEMPLOI_PUBLIC_URL is not set');
  });
});
