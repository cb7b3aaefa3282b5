import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { townsOnlyPositionsFile } from '../../../../test/commune-positions';
import { useTestDatabase } from '../../../../test/db';
import { TEST_TERRITORY } from '../../../../test/federation-import';
import { useGeoApi } from '../../../../test/geo-api';
import { COMMUNE_POSITIONS_FILE, readPositionsFile } from '../../organizations';

const run = promisify(execFile);
const API = path.resolve(__dirname, '../../../..');
const SHIPPED = readPositionsFile(COMMUNE_POSITIONS_FILE).towns;

function writeProfile(dir: string, epci: string[]) {
  const file = path.join(dir, `profile-${epci.join('-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      ...TEST_TERRITORY,
      epci: epci.map((siren) => ({ siren, name: `EPCI ${siren}` })),
      communes: [
        { insee: '50030', name: 'Barfleur' },
        { insee: '50142', name: 'Vicq-sur-Mer' },
      ],
      sources: [{ key: 'sinoe', name: 'SINOE (test)', format: 'sinoe', url: 'https://example.org/sinoe.csv' }],
    }),
  );
  return file;
}

describe('pnpm reemploi territory communes (the CLI)', () => {
  const db = useTestDatabase();
  const geo = useGeoApi();
  const dir = mkdtempSync(path.join(tmpdir(), 'territory-communes-'));
  const cli = (args: string[], allowedHosts = '127.0.0.1') =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'territory', 'communes', ...args], {
      cwd: API,
      env: {
        ...process.env,
        MONGODB_URI: process.env.REEMPLOI_TEST_MONGODB_URI ?? process.env.MONGODB_URI,
        REEMPLOI_DB_NAME: db.name,
        REEMPLOI_IMPORT_ALLOWED_HOSTS: allowedHosts,
        LOG_LEVEL: 'silent',
      },
    });
  const failure = (args: string[], allowedHosts?: string) =>
    cli(args, allowedHosts).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

  it('adds the centre of each commune without a position, keeps the towns’ positions and their source, and re-runs the same', async () => {
    // The shipped file locates every commune: this run starts from a file of the towns of towns.json only.
    const out = townsOnlyPositionsFile();
    const towns = readPositionsFile(out).towns;
    const profile = writeProfile(dir, ['200067205']);
    const { stdout } = await cli(['--profile', profile, '--api', geo.url, '--out', out]);
    expect(stdout).toMatch(/^4 communes lues : 3 centres écrits, 1 gardent leur position/m);
    // Vicq-sur-Mer is in the profile but not in the answer.
    expect(stdout).toMatch(/absentes des réponses \(sans position\) : Vicq-sur-Mer$/m);
    expect(geo.requests).toContain('/communes?codeEpci=200067205&fields=code,nom,centre&format=json');

    const written = readPositionsFile(out);
    const today = new Date().toISOString().slice(0, 10);
    const source = `${geo.url}/communes?codeEpci=200067205 (centre)`;
    expect(written.towns.slice(0, towns.length)).toEqual(towns);
    expect(written.towns.slice(towns.length)).toEqual([
      { name: 'Azeville', commune: 'Azeville', insee: '50026', lat: 49.4608, lng: -1.3097, source, date: today },
      { name: 'Barfleur', commune: 'Barfleur', insee: '50030', lat: 49.6707, lng: -1.2637, source, date: today },
      { name: 'Biniville', commune: 'Biniville', insee: '50055', lat: 49.4264, lng: -1.4833, source, date: today },
    ]);
    // Les Pieux keeps its town of towns.json, with its provenance.
    expect(written.towns.filter((t) => t.insee === '50402')).toEqual(towns.filter((t) => t.insee === '50402'));

    await cli(['--profile', profile, '--api', geo.url, '--out', out]);
    expect(readPositionsFile(out)).toEqual(written);
    expect(readdirSync(path.dirname(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // A first --out starts from the shipped file, where every commune has its position already: all kept.
    const fresh = path.join(dir, 'fresh.json');
    const kept = await cli(['--profile', profile, '--api', geo.url, '--out', fresh]);
    expect(kept.stdout).toMatch(/^4 communes lues : 0 centres écrits, 4 gardent leur position/m);
    expect(readPositionsFile(fresh).towns).toEqual(SHIPPED);
  }, 90_000);

  it('refuses a host outside REEMPLOI_IMPORT_ALLOWED_HOSTS and a bad answer, writing nothing', async () => {
    const out = path.join(dir, 'kept.json');
    copyFileSync(COMMUNE_POSITIONS_FILE, out);
    const before = readFileSync(out, 'utf8');

    const refused = await failure(['--profile', writeProfile(dir, ['200067205']), '--api', geo.url, '--out', out], '');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /URL_NOT_ALLOWED.*127\.0\.0\.1.*REEMPLOI_IMPORT_ALLOWED_HOSTS.*\(positions file unchanged\)/,
    );

    // The first EPCI answers well, the second not: nothing of the first is written either.
    const bad = await failure([
      '--profile',
      writeProfile(dir, ['200067205', '999999999']),
      '--api',
      geo.url,
      '--out',
      out,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /codeEpci=999999999.* did not answer communes with their centre \(0\.centre: .*\) \(positions file unchanged\)/,
    );
    const empty = await failure(['--profile', writeProfile(dir, ['123456789']), '--api', geo.url, '--out', out]);
    expect(empty.stderr).toMatch(/answer: no commune: is the EPCI SIREN right\?/);

    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
