// `pnpm bench:import`: import throughput of a generated LVAO CSV (first run; then a plain batched
// insertMany of the very documents it stored, into a fresh database of the same server, as the ceiling;
// then a re-run of the same file), and reading a national LVAO file (most rows other EPCIs) keeping one
// EPCI, at two file sizes, each in its own process so that its peak memory is its own.
// Uses MONGODB_URI, else an embedded FerretDB in a temp dir. BENCH_ROWS (100 000), BENCH_NATIONAL_ROWS
// ("50000,250000"; empty skips), BENCH_ONLY=throughput|national. Figures: docs/benchmarks.md ("Import").
process.env.TZ = 'Europe/Paris';

import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import mongoose from 'mongoose';
import { startEmbeddedDb } from '@reemploi/embedded-db';
import { csvLine, LVAO_HEADER } from '../test/fixtures/federation/fixture-data';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { AuditEventModel } from '../src/modules/audit';
import { ImportRunModel } from '../src/modules/federation/runs/import-run.model';
import { ensureSource } from '../src/modules/federation/sources/sources';
import { runImport } from '../src/modules/federation/runs/run-import';
import { newLockOwner } from '../src/modules/federation/runs/source-lock';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const NATIONAL = (process.env.BENCH_NATIONAL_ROWS ?? '50000,250000').split(',').filter(Boolean).map(Number);
const ONLY = process.env.BENCH_ONLY ?? '';
const COTENTIN = '200067205';
/** National file: one row in KEEP_EVERY is in the Cotentin (~1 000 of 250 000), the rest all over France. */
const KEEP_EVERY = 250;
const BATCH = 500;

const KINDS = [
  ['ess', 'recyclerie', 'donner', 'meuble|vaisselle|livre'],
  ['artisan', 'service_de_reparation', 'reparer', 'petit_electromenager|ecran'],
  ['pav_public', 'structure_de_collecte', 'donner', 'vetement|chaussures'],
];

/** One LVAO row with every column of the real export filled as ADEME fills them. */
function lvaoRow(i: number, where: { epci: string; lat: number; lng: number; town: string; insee: string }) {
  const [type, services, action, subs] = KINDS[i % KINDS.length]!;
  const values: Record<string, string> = {
    identifiant: `bench${i}`,
    paternite: 'Longue Vie Aux Objets|ADEME',
    identifiants_des_contributeurs: `{"source": "bench", "id": "${i}"}`,
    nom: `Acteur ${i} ${where.town}`,
    siren: '',
    type_dacteur: type!,
    type_de_services: services!,
    telephone: i % 2 ? `02 33 ${String(i % 100).padStart(2, '0')} 00 00` : '',
    adresse: `${(i % 200) + 1} rue du Bench`,
    code_postal: where.insee.slice(0, 2) + '100',
    ville: where.town,
    code_commune: where.insee,
    code_epci: where.epci,
    nom_epci: `EPCI ${where.epci}`,
    latitude: where.lat.toFixed(6),
    longitude: where.lng.toFixed(6),
    public_accueilli: 'Particuliers',
    horaires_osm: 'Mo-Fr 09:00-12:00,14:00-18:00',
    horaires_description: i % 5 ? '' : 'Du lundi au vendredi, le matin et l’après-midi',
    propositions_de_services: JSON.stringify([{ action, sous_categories: subs!.split('|') }]),
    [action!]: subs!,
    date_de_derniere_modification: '2025-10-02',
  };
  return `${csvLine(
    LVAO_HEADER.map((c) => values[c] ?? ''),
    ',',
  )}\n`;
}

/** Actors spread over the Cotentin (the throughput file: every row kept). */
const cotentin = (i: number) => ({
  epci: COTENTIN,
  lat: 49.3 + ((i * 7919) % 40_000) / 100_000,
  lng: -1.9 + ((i * 104_729) % 60_000) / 100_000,
  town: ['Cherbourg', 'Valognes', 'Les Pieux', 'La Hague'][i % 4]!,
  insee: '50129',
});

/** The national file: mostly other EPCIs over metropolitan France, one row in KEEP_EVERY in the Cotentin. */
const national = (i: number) =>
  i % KEEP_EVERY === 0
    ? cotentin(i)
    : {
        epci: String(200_000_000 + (i % 1_250)),
        lat: 43 + ((i * 7919) % 800_000) / 100_000,
        lng: -4 + ((i * 104_729) % 1_100_000) / 100_000,
        town: `Commune ${i % 34_000}`,
        insee: String(10_000 + (i % 85_000)).padStart(5, '0'),
      };

/** Writes `rows` LVAO rows to `file`, streaming (the file never sits in memory). */
async function generate(file: string, rows: number, where: (i: number) => Parameters<typeof lvaoRow>[1]) {
  const out = createWriteStream(file);
  out.write(`${LVAO_HEADER.join(',')}\n`);
  for (let i = 0; i < rows; i += 1) if (!out.write(lvaoRow(i, where(i)))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Peak RSS and heap every 50 ms; with --expose-gc (national children), also the live heap: the heap
 * right after a full collection, once a second (what the run holds, not garbage not yet collected).
 */
function memorySampler() {
  const peak = { rss: 0, heap: 0, live: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = () => {
    gc?.();
    peak.live = Math.max(peak.live, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 50);
  const collector = gc ? setInterval(collect, 1000) : null;
  return {
    peak,
    stop: () => {
      sample();
      clearInterval(timer);
      if (collector) clearInterval(collector);
    },
  };
}

async function importFile(sourceName: string, file: string, filter?: { epci: string[] }) {
  const source = await ensureSource({ name: sourceName, format: 'lvao-csv', filter });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const summary = await runImport({
    sourceId: source._id,
    location: file,
    trigger: 'CLI',
    owner: newLockOwner(),
    geocoder: null,
    maxBytes: 2 ** 31,
    fetchTimeoutMs: 60_000,
    lockTtlMs: 120_000,
  });
  if (summary.status !== 'SUCCEEDED') throw new Error(`import failed: ${summary.error}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // This process's CPU time (the database's is not in it): on a loaded machine, what the run itself cost.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const { created, updated, unchanged, rejected } = summary;
  return { seconds, cpuSeconds, counts: JSON.stringify({ created, updated, unchanged, rejected }) };
}

/** The ceiling: the documents the first run stored, inserted again with the driver's insertMany in batches. */
async function plainInsertMany(): Promise<{ seconds: number; docs: number }> {
  const docs = await PlaceModel.find({}).lean();
  const db = mongoose.connection.useDb(`${mongoose.connection.name}_plain`, { useCache: false });
  const Plain = db.model('Place', PlaceModel.schema);
  await Plain.init(); // the same indexes as the places collection
  const started = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i += BATCH)
    await Plain.collection.insertMany(docs.slice(i, i + BATCH), { ordered: false });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await db.dropDatabase();
  return { seconds, docs: docs.length };
}

async function throughput(dir: string) {
  const file = path.join(dir, `lvao-${ROWS}.csv`);
  await generate(file, ROWS, cotentin);
  const memory = memorySampler();
  const first = await importFile('Bench LVAO', file);
  const audit = await AuditEventModel.countDocuments({});
  const plain = await plainInsertMany();
  const rerun = await importFile('Bench LVAO', file);
  memory.stop();
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
  console.log(`\nfile: ${mb(statSync(file).size)}, ${ROWS.toLocaleString('en')} rows (all Cotentin)`);
  console.log('| run | rows | time | throughput | counts |\n| --- | ---: | ---: | ---: | --- |');
  console.log(
    `| first run (all created) | ${ROWS} | ${first.seconds.toFixed(1)} s | ${rate(ROWS, first.seconds)} rows/s | ${first.counts}, ${audit} audit events |`,
  );
  console.log(
    `| plain insertMany of the same ${plain.docs} documents (batches of ${BATCH}) | ${plain.docs} | ${plain.seconds.toFixed(1)} s | ${rate(plain.docs, plain.seconds)} docs/s | |`,
  );
  console.log(
    `| re-run (all unchanged) | ${ROWS} | ${rerun.seconds.toFixed(1)} s | ${rate(ROWS, rerun.seconds)} rows/s | ${rerun.counts} |`,
  );
  console.log(
    `importer's own CPU time: first run ${first.cpuSeconds.toFixed(1)} s, re-run ${rerun.cpuSeconds.toFixed(1)} s (${rate(ROWS, rerun.cpuSeconds)} rows per CPU second)`,
  );
  console.log(
    `first run at ${Math.round((100 * plain.seconds) / first.seconds)} % of plain insertMany's rate (bar: ≥ 50 %); ` +
      `peak RSS ${mb(memory.peak.rss)}, peak heap ${mb(memory.peak.heap)} (whole process)`,
  );
}

/** One national file in this process: generate, import keeping the Cotentin, report time and peak memory. */
async function nationalChild(dir: string, rows: number) {
  const file = path.join(dir, `lvao-national-${rows}.csv`);
  await generate(file, rows, national);
  const before = process.memoryUsage().rss;
  const memory = memorySampler();
  const run = await importFile(`Bench LVAO national ${rows}`, file, { epci: [COTENTIN] });
  memory.stop();
  console.log(
    `| ${rows.toLocaleString('en')} | ${mb(statSync(file).size)} | ${run.seconds.toFixed(1)} s | ${run.counts} | ${mb(before)} | ${mb(memory.peak.rss)} | ${mb(memory.peak.heap)} | ${mb(memory.peak.live)} |`,
  );
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-bench-'));
  const child = process.env.BENCH_NATIONAL_CHILD;
  const embedded =
    process.env.MONGODB_URI || process.env.BENCH_DB_URI
      ? null
      : await startEmbeddedDb({ dataDir: path.join(dir, 'db') });
  const uri = process.env.MONGODB_URI ?? process.env.BENCH_DB_URI ?? embedded!.uri;
  try {
    await mongoose.connect(uri, { dbName: `bench_import_${Date.now()}` });
    await Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init(), AuditEventModel.init()]);
    if (child) return await nationalChild(dir, Number(child));
    console.log(
      `database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB (SQLite)'}; load average at start ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')}`,
    );
    if (ONLY !== 'national') await throughput(dir);
    if (ONLY !== 'throughput' && NATIONAL.length > 0) {
      console.log(`\nnational LVAO file, keeping EPCI ${COTENTIN} (1 row in ${KEEP_EVERY}), one process per size:`);
      console.log(
        '| rows | file | time | counts | RSS before | peak RSS | peak heap | peak live heap (after GC) |\n' +
          '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      );
      for (const rows of NATIONAL)
        execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, process.argv[1]!], {
          env: { ...process.env, BENCH_NATIONAL_CHILD: String(rows), BENCH_DB_URI: uri },
          stdio: 'inherit',
        });
    }
  } finally {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
