import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@reemploi/embedded-db';
import { useTestDatabase } from '../db';
import { csvLine, LVAO_HEADER } from '../fixtures/federation/fixture-data';
import { ImportLockModel } from '../../src/modules/federation/runs/import-lock.model';
import { ImportRunModel } from '../../src/modules/federation/runs/import-run.model';
import { SourceModel } from '../../src/modules/places/source.model';
import { PlaceModel } from '../../src/modules/places/place.model';

// The import CLI is a real child process, SIGKILLed in the middle of a run (its run record shows progress),
// then run again to completion on the same file, then a third time: no duplicate, no half-written place,
// the killed run marked INTERRUPTED, and the last run finds everything unchanged.
jest.setTimeout(90_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const run = promisify(execFile);
const ROWS = 2000;
const BROKEN = 5;
const SOURCE = 'LVAO tué en cours';

const nameOf = (i: number) => `Acteur ${i} ${['Cherbourg', 'Valognes', 'Les Pieux', 'La Hague'][i % 4]}`;
const coordinatesOf = (i: number): [number, number] => [
  Number((-1.9 + ((i * 104_729) % 60_000) / 100_000).toFixed(6)),
  Number((49.3 + ((i * 7919) % 40_000) / 100_000).toFixed(6)),
];

/** ROWS valid LVAO rows (ids killed0…) and BROKEN rows without a name. */
function writeCsv(file: string): void {
  const lines = [LVAO_HEADER.join(',')];
  for (let i = 0; i < ROWS + BROKEN; i += 1) {
    const [lng, lat] = coordinatesOf(i);
    const values: Record<string, string> = {
      identifiant: `killed${i}`,
      paternite: 'Longue Vie Aux Objets|ADEME',
      nom: i >= ROWS ? '' : nameOf(i),
      type_dacteur: 'ess',
      type_de_services: 'recyclerie',
      telephone: i % 2 ? `02 33 ${String(i % 100).padStart(2, '0')} 00 00` : '',
      adresse: `${(i % 200) + 1} rue de la Reprise`,
      code_postal: '50100',
      ville: 'Cherbourg-en-Cotentin',
      code_commune: '50129',
      code_epci: '200067205',
      latitude: lat.toFixed(6),
      longitude: lng.toFixed(6),
      horaires_osm: 'Mo-Fr 09:00-12:00,14:00-18:00',
      propositions_de_services: JSON.stringify([{ action: 'donner', sous_categories: ['meuble', 'livre'] }]),
      donner: 'meuble|livre',
      date_de_derniere_modification: '2025-10-02',
    };
    lines.push(
      csvLine(
        LVAO_HEADER.map((c) => values[c] ?? ''),
        ',',
      ),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('the import CLI killed mid-run', () => {
  const db = useTestDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-killed-import-'));
  const file = path.join(dir, 'lvao.csv');
  const root = repoRoot();
  const args = ['--import', 'tsx', 'services/api/src/cli/main.ts', 'import', '--format', 'lvao-csv'];
  const cliArgs = [...args, '--source', SOURCE, '--json', file];
  const env = () => ({
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
    REEMPLOI_DB_NAME: db.name,
    REEMPLOI_GEOCODER_URL: '',
    REEMPLOI_IMPORT_GEOCODER_URL: '',
    // A short lock, so the run after the crash does not wait two minutes for the dead owner's lock.
    REEMPLOI_IMPORT_LOCK_TTL_MS: '2000',
    LOG_LEVEL: 'silent',
  });
  const importToCompletion = async () => {
    const { stdout } = await run(process.execPath, cliArgs, { cwd: root, env: env(), timeout: 60_000 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
  };

  beforeAll(() => writeCsv(file));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no duplicate or half-merged place, marks the run INTERRUPTED, and converges', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, cliArgs, { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );

    // Kill it once its run record shows progress (the write-ahead record is heartbeaten about every second).
    let seen: { processed: number; progress: number } | null = null;
    while (!seen && Date.now() - started < 30_000) {
      const running = await ImportRunModel.findOne({ status: 'RUNNING' }).lean();
      if (running && (running.processed > 0 || running.progress > 0)) seen = running;
      else await sleep(50);
    }
    child.kill('SIGKILL');
    // Killed before failing too: a CLI left importing would keep the Jest worker from exiting.
    if (!seen) throw new Error(`the import never showed progress (${String(await exited)}):\n${stderr}`);
    expect(await exited).toBe('SIGKILL');

    const source = (await SourceModel.findOne({ name: SOURCE }).lean())!;
    // The dead process still "holds" its lock until it expires (2 s here, REEMPLOI_IMPORT_LOCK_TTL_MS).
    const lock = await ImportLockModel.findById(`source:${String(source._id)}`).lean();
    if (lock) await sleep(Math.max(0, lock.expiresAt.getTime() - Date.now()) + 100);
    // Counted once it stops moving, not at the kill: a batch insert already sent completes on the server after
    // its client died, later still on a loaded machine.
    let atKill = await PlaceModel.countDocuments();
    for (let settled = 0; settled < 3;) {
      await sleep(500);
      const now = await PlaceModel.countDocuments();
      settled = now === atKill ? settled + 1 : 0;
      atKill = now;
    }
    expect(atKill).toBeLessThan(ROWS); // it really was stopped in the middle

    const second = await importToCompletion();
    expect(second).toMatchObject({ rejected: BROKEN, closed: 0, queuedForReview: 0 });
    expect(second.created! + second.unchanged! + second.updated!).toBe(ROWS);
    expect(second.created).toBe(ROWS - atKill);

    // One place per valid row, each external id once, every field from the file, provenance and hash set.
    const places = await PlaceModel.find({ 'sources.sourceId': source._id }).lean();
    expect(places).toHaveLength(ROWS);
    expect(await PlaceModel.countDocuments()).toBe(ROWS);
    const ids = places.map((p) => p.sources[0]!.externalId);
    expect(new Set(ids).size).toBe(ROWS);
    const incomplete = places.filter((p) => {
      const i = Number(String(p.sources[0]!.externalId).replace('killed', ''));
      const provenance = (p.provenance ?? {}) as Record<string, unknown>;
      return !(
        p.sources.length === 1 &&
        typeof p.sources[0]!.hash === 'string' &&
        p.name === nameOf(i) &&
        p.location?.coordinates[0] === coordinatesOf(i)[0] &&
        p.location?.coordinates[1] === coordinatesOf(i)[1] &&
        p.offers.length > 0 &&
        p.address?.commune === 'Cherbourg-en-Cotentin' &&
        p.openingHours === 'Mo-Fr 09:00-12:00,14:00-18:00' &&
        p.status === 'PUBLISHED' &&
        Object.keys(provenance).length > 0 &&
        typeof p.slug === 'string'
      );
    });
    expect(incomplete.map((p) => p.sources[0]!.externalId)).toEqual([]);
    expect(new Set(places.map((p) => p.slug)).size).toBe(ROWS);

    const runs = await ImportRunModel.find({ sourceId: source._id }).sort({ startedAt: 1 }).lean();
    expect(runs.map((r) => r.status)).toEqual(['INTERRUPTED', 'SUCCEEDED']);
    expect(runs[0]!.finishedAt).toBeInstanceOf(Date);

    // A third run reads the same file: nothing to write.
    const third = await importToCompletion();
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: ROWS, rejected: BROKEN, closed: 0 });
    expect(await PlaceModel.countDocuments()).toBe(ROWS);
    console.log(
      `killed import: killed after ${seen.processed} rows read with ${atKill} places written; second run ${JSON.stringify(second)}; ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });
});
