import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { useTestDatabase } from '../../../../test/db';
import { fixture, useFixtureServer } from '../../../../test/federation-fixtures';
import { TEST_TERRITORY } from '../../../../test/federation-import';
import { SourceModel } from '../../places/source.model';
import { PlaceModel } from '../../places/place.model';
import type { TerritorySyncResult } from './sync-territory';

const run = promisify(execFile);
const API = path.resolve(__dirname, '../../../..');

/** A small territory whose sources are the federation fixtures: two served on 127.0.0.1, one a file. */
function writeProfile(serverUrl: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'territory-'));
  const file = path.join(dir, 'petit-cotentin.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...TEST_TERRITORY,
      name: 'Petit Cotentin (test)',
      sources: [
        { key: 'sinoe', name: 'SINOE (test)', format: 'sinoe', url: `${serverUrl}/files/sinoe-decheteries.csv` },
        {
          key: 'lvao',
          name: 'LVAO (test)',
          format: 'lvao-csv',
          url: path.relative(dir, fixture('lvao-cotentin.csv')),
          filter: { epci: true, bbox: true },
          schedule: 'every 6h',
        },
        {
          key: 'osm',
          name: 'OSM (test)',
          format: 'osm-overpass',
          url: `${serverUrl}/files/osm-overpass-cotentin.json`,
        },
      ],
    }),
  );
  return file;
}

describe('pnpm reemploi territory sync (the CLI)', () => {
  const db = useTestDatabase();
  const server = useFixtureServer();
  let profile = '';
  beforeAll(() => {
    profile = writeProfile(server.url);
  });
  const cli = (args: string[], allowedHosts = '*, 127.0.0.1') =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'territory', ...args], {
      cwd: API,
      env: {
        ...process.env,
        MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
        REEMPLOI_DB_NAME: db.name,
        REEMPLOI_IMPORT_GEOCODER_URL: '',
        REEMPLOI_IMPORT_ALLOWED_HOSTS: allowedHosts,
        LOG_LEVEL: 'silent',
      },
    });
  const json = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!) as TerritorySyncResult;

  it('imports every source of the profile into sources owned by the syndicate, then finds everything unchanged', async () => {
    const first = json((await cli(['sync', '--json', '--profile', profile])).stdout);
    expect(first.ok).toBe(true);
    expect(first.sources.map((s) => [s.key, s.status, s.settings])).toEqual([
      // From the lowest priority up (osm-overpass 30, lvao-csv 40, sinoe 45), whatever the profile's order.
      ['osm', 'SUCCEEDED', 'created'],
      ['lvao', 'SUCCEEDED', 'created'],
      ['sinoe', 'SUCCEEDED', 'created'],
    ]);
    expect(first.totals.created).toBeGreaterThan(20);
    expect(first.totals.created).toBe(first.sources.reduce((n, s) => n + s.created, 0));
    expect(await PlaceModel.countDocuments()).toBe(first.totals.created);

    const sources = await SourceModel.find({}).sort({ name: 1 }).lean();
    expect(sources.map((s) => [s.name, s.organizationId, s.schedule])).toEqual([
      ['LVAO (test)', null, 'every 6h'],
      ['OSM (test)', null, 'daily 03:30'],
      ['SINOE (test)', null, 'daily 03:30'],
    ]);
    for (const s of sources) expect(s.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    expect(sources[0]!.filter).toEqual({
      epci: ['200067205'],
      bbox: { west: -1.97, south: 49.28, east: -1.2, north: 49.74 },
    });

    const second = json((await cli(['sync', '--json', '--profile', profile])).stdout);
    expect(second.ok).toBe(true);
    expect(second.sources.map((s) => s.settings)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(second.totals).toMatchObject({ created: 0, updated: 0, closed: 0 });
    expect(second.totals.unchanged).toBe(first.totals.created + first.totals.updated);
    expect(second.totals.queuedForReview).toBe(first.totals.queuedForReview);
    expect(await PlaceModel.countDocuments()).toBe(first.totals.created);
  }, 120_000);

  it('runs one source with --only and prints its summary and the final table', async () => {
    const { stdout } = await cli(['sync', '--only', 'sinoe', '--profile', profile]);
    expect(stdout).toMatch(/^sinoe \(SINOE \(test\)\) : réussi — 0 créés, 0 mis à jour, 9 inchangés/m);
    expect(stdout).toMatch(/ligne 11 \[COORDINATES_UNREADABLE\]/);
    expect(stdout).toMatch(/^source\s+état\s+créés\s+mis à jour\s+inchangés\s+fermés\s+à vérifier\s+rejetés$/m);
    expect(stdout).toMatch(/^total\s+ok\s+0\s+0\s+9\s+0\s+0\s+1$/m);
    expect(stdout).not.toMatch(/lvao/);
  }, 60_000);

  it('exits 1 when a source fails, after running the others (URLs outside REEMPLOI_IMPORT_ALLOWED_HOSTS)', async () => {
    const failure = await cli(['sync', '--json', '--profile', profile], '').catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    const result = json((failure as { stdout: string }).stdout);
    expect(result.ok).toBe(false);
    expect(result.sources.map((s) => [s.key, s.status])).toEqual([
      ['osm', 'FAILED'],
      ['lvao', 'SUCCEEDED'],
      ['sinoe', 'FAILED'],
    ]);
    expect(result.sources[2]!.error).toMatch(/127\.0\.0\.1/);
  }, 60_000);

  it('refuses an unknown source key and a profile with a bad field, naming it', async () => {
    await expect(cli(['sync', '--only', 'nope', '--profile', profile])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no source "nope".*keys: sinoe, lvao, osm/),
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'territory-bad-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'X', epci: [{ siren: '123', name: 'x' }] }));
    await expect(cli(['sync', '--profile', bad])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/epci\.0\.siren: an EPCI is given by its 9-digit SIREN/),
    });
    await expect(cli(['frobnicate'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/usage/) });
  }, 60_000);
});
