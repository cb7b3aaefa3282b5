import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EJSON } from 'bson';
import mongoose from 'mongoose';
import { startEmbeddedDb } from '@reemploi/embedded-db';
import { loadConfig } from '../src/config';
import { startPlatform, type RunningPlatform } from '../src/platform';
import { createLogger } from '../src/shared/logger';

// The operator's round trip, through the CLI only, between two embedded databases: data created in an
// empty REEMPLOI_DATA_DIR, `pnpm reemploi backup`, `pnpm reemploi restore` into another empty one, then
// the platform on the restored folder. (FerretDB 1.x used to crash on the restore's createIndexes.)
jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../../..');
const run = promisify(execFile);
const PASSWORD = 'a long staff password for the drill';
const EMAIL = 'drill-admin@example.fr';

type Data = Record<string, any>;

/**
 * `pnpm --dir <repository> reemploi <args>` typed in `typedIn`, on the embedded database in `dataDir`:
 * the command that script runs (tsx on the CLI, from the repository root, INIT_CWD set by pnpm) without
 * pnpm's own start-up. The test run's MONGODB_URI is left out, so the CLI starts the database itself.
 */
async function reemploi(typedIn: string, dataDir: string, ...args: string[]): Promise<string> {
  const { MONGODB_URI: _uri, REEMPLOI_TEST_MONGODB_URI: _test, REEMPLOI_DB_NAME: _db, ...env } = process.env;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'services/api/src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...env, REEMPLOI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', INIT_CWD: typedIn },
  });
  return stdout;
}

/** Every collection's documents (canonical Extended JSON, by _id) and index definitions. */
async function contents(dataDir: string): Promise<Record<string, { documents: string[]; indexes: Data[] }>> {
  const db = await startEmbeddedDb({ dataDir });
  const client = await mongoose.mongo.MongoClient.connect(db.uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    const database = client.db('reemploi');
    const out: Record<string, { documents: string[]; indexes: Data[] }> = {};
    for (const { name } of await database.listCollections({}, { nameOnly: true }).toArray()) {
      const collection = database.collection(name);
      const documents = (await collection.find({}).sort({ _id: 1 }).toArray()).map((doc) =>
        EJSON.stringify(doc, { relaxed: false }),
      );
      const indexes = (await collection.indexes()).sort((a, b) => String(a.name).localeCompare(String(b.name)));
      out[name] = { documents, indexes };
    }
    return out;
  } finally {
    await client.close();
    await db.stop();
  }
}

/** The platform on the embedded database of `dataDir`, as `pnpm start` runs it. */
function platformOn(dataDir: string): Promise<RunningPlatform> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    REEMPLOI_DATA_DIR: dataDir,
    REEMPLOI_SEED_DEMO: 'false',
    REEMPLOI_GEOCODER_URL: '',
    LOG_LEVEL: 'silent',
  });
  return startPlatform(config, createLogger('silent'));
}

async function gql(platform: RunningPlatform, query: string, variables: Data = {}, cookie?: string) {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Data; errors?: unknown[] };
  return { body, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

const VIEWER = '{ viewer { role user { email } } }';

describe('backup and restore between two embedded databases, through the CLI', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reemploi-round-trip-'));
  const source = path.join(root, 'source');
  const target = path.join(root, 'target');
  const file = path.join(root, 'reemploi.jsonl.gz');
  let platform: RunningPlatform | undefined;

  afterAll(async () => {
    await platform?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('restores every document and index, and the staff member signs in on the restored platform', async () => {
    // The source: demo places, a partner key and a staff member who chose a password and signed in.
    await reemploi(repoRoot, source, 'seed');
    await reemploi(repoRoot, source, 'apikey', 'create', '--name', 'Mairie de Valognes', '--territory', 'Valognes');
    const created = await reemploi(
      repoRoot,
      source,
      'user',
      'create',
      '--email',
      EMAIL,
      '--role',
      'admin',
      '--name',
      'Drill',
    );
    const token = /token=([\w-]+)/.exec(created)?.[1];
    expect(token).toBeDefined();
    platform = await platformOn(source);
    const chosen = await gql(
      platform,
      'mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { ok } }',
      {
        t: token,
        p: PASSWORD,
      },
    );
    expect(chosen.body.data?.setPassword.ok).toBe(true);
    const sourceSession = chosen.cookie!;
    expect(sourceSession).toMatch(/^reemploi_session=/);
    await platform.stop();
    platform = undefined;

    // Typed in the backups folder, outside the repository, with the file name relative to it.
    const backup = JSON.parse(await reemploi(root, source, 'backup', path.basename(file))) as {
      counts: Record<string, number>;
    };
    expect(backup.counts).toMatchObject({ places: 23, users: 1, api_keys: 1, sessions: 1 });

    const restored = JSON.parse(await reemploi(root, target, 'restore', path.basename(file))) as {
      counts: Record<string, number>;
    };
    expect(restored.counts).toEqual(backup.counts);

    const [before, after] = await Promise.all([contents(source), contents(target)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect({ name, ...after[name] }).toEqual({ name, ...before[name] });

    // The platform starts on the restored folder; the session and the password came with the backup.
    platform = await platformOn(target);
    expect((await gql(platform, VIEWER, {}, sourceSession)).body.data?.viewer).toEqual({
      role: 'ADMIN',
      user: { email: EMAIL },
    });
    const login = await gql(
      platform,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }',
      {
        e: EMAIL,
        p: PASSWORD,
      },
    );
    expect(login.body.errors).toBeUndefined();
    expect((await gql(platform, VIEWER, {}, login.cookie)).body.data?.viewer.user).toEqual({ email: EMAIL });
    const places = await gql(platform, '{ places(first: 1) { totalCount } }');
    expect(places.body.data?.places.totalCount).toBeGreaterThan(0);
  });
});
