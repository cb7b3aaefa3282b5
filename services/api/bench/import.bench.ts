// `pnpm bench:import`: import throughput of a generated 100k-row LVAO CSV (first run, then re-run of the
// same file) and the peak memory of the process. Uses MONGODB_URI, else an embedded FerretDB in a temp dir.
// Figures go to docs/benchmarks.md ("Import throughput").
process.env.TZ = 'Europe/Paris';

import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import mongoose from 'mongoose';
import { startEmbeddedDb } from '@reemploi/embedded-db';
import { csvLine, LVAO_HEADER } from '../test/fixtures/federation/fixture-data';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { ImportRunModel } from '../src/modules/federation/runs/import-run.model';
import { ensureSource } from '../src/modules/federation/sources/sources';
import { runImport } from '../src/modules/federation/runs/run-import';
import { newLockOwner } from '../src/modules/federation/runs/source-lock';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-bench-'));
const file = path.join(dir, 'lvao-100k.csv');

/** Writes ROWS LVAO rows spread over the Cotentin, streaming (the file never sits in memory). */
async function generate(): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${LVAO_HEADER.join(',')}\n`);
  const kinds = [
    ['ess', 'recyclerie', 'donner', 'meuble|vaisselle|livre'],
    ['artisan', 'service_de_reparation', 'reparer', 'petit_electromenager|ecran'],
    ['pav_public', 'structure_de_collecte', 'donner', 'vetement|chaussures'],
  ];
  for (let i = 0; i < ROWS; i += 1) {
    const [type, services, action, subs] = kinds[i % kinds.length]!;
    const values: Record<string, string> = {
      identifiant: `bench${i}`,
      paternite: 'Longue Vie Aux Objets|ADEME',
      nom: `Acteur ${i} ${['Cherbourg', 'Valognes', 'Les Pieux', 'La Hague'][i % 4]}`,
      type_dacteur: type!,
      type_de_services: services!,
      telephone: i % 2 ? `02 33 ${String(i % 100).padStart(2, '0')} 00 00` : '',
      adresse: `${(i % 200) + 1} rue du Bench`,
      code_postal: '50100',
      ville: 'Cherbourg-en-Cotentin',
      code_commune: '50129',
      code_epci: '200067205',
      latitude: (49.3 + ((i * 7919) % 40_000) / 100_000).toFixed(6),
      longitude: (-1.9 + ((i * 104_729) % 60_000) / 100_000).toFixed(6),
      horaires_osm: 'Mo-Fr 09:00-12:00,14:00-18:00',
      propositions_de_services: JSON.stringify([{ action, sous_categories: subs!.split('|') }]),
      [action!]: subs!,
      date_de_derniere_modification: '2025-10-02',
    };
    if (
      !out.write(
        `${csvLine(
          LVAO_HEADER.map((c) => values[c] ?? ''),
          ',',
        )}\n`,
      )
    )
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main() {
  await generate();
  const embedded = process.env.MONGODB_URI ? null : await startEmbeddedDb({ dataDir: path.join(dir, 'db') });
  await mongoose.connect(process.env.MONGODB_URI ?? embedded!.uri, { dbName: `bench_import_${Date.now()}` });
  await Promise.all([PlaceModel.init(), SourceModel.init(), ImportRunModel.init()]);
  let peakRss = 0;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const source = await ensureSource({ name: 'Bench LVAO', format: 'lvao-csv' });
  const results: string[] = [];
  for (const label of ['first run (all created)', 're-run (all unchanged)']) {
    const started = process.hrtime.bigint();
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
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { created, updated, unchanged, rejected } = summary;
    results.push(
      `| ${label} | ${ROWS.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s | ${JSON.stringify({ created, updated, unchanged, rejected })} |`,
    );
  }
  clearInterval(sampler);
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  console.log(
    `file: ${mb(statSync(file).size)}, ${ROWS} rows; database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB (SQLite)'}`,
  );
  console.log('| run | rows | time | throughput | counts |\n| --- | ---: | ---: | ---: | --- |');
  console.log(results.join('\n'));
  console.log(`peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)} (whole process, both runs)`);
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
