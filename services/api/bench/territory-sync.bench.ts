// `pnpm bench:territory`: a full `territory sync` of a Cotentin-sized territory from fixtures served on
// 127.0.0.1 (OpenStreetMap, LVAO, SINOE, the shapes of their real exports), on a fresh database, then the
// same sync again (everything unchanged). Bar: the first sync within 60 s (issue 18). Some records of
// each source describe the same place as another source's (déchèteries, shops), so matching and merging
// across sources are part of the measure. Uses MONGODB_URI, else an embedded FerretDB in a temp dir.
// BENCH_SCALE (1) multiplies the sizes; BENCH_DEBUG=1 prints each sync's database commands (count, total ms). Figures: docs/benchmarks.md ("Territory sync").
process.env.TZ = 'Europe/Paris';

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import mongoose from 'mongoose';
import { startEmbeddedDb } from '@reemploi/embedded-db';
import { csvLine, LVAO_HEADER } from '../test/fixtures/federation/fixture-data';
import { PlaceModel } from '../src/modules/places/place.model';
import { SourceModel } from '../src/modules/places/source.model';
import { AuditEventModel } from '../src/modules/audit';
import { ImportRunModel } from '../src/modules/federation/runs/import-run.model';
import { MatchReviewModel } from '../src/modules/federation/matching/match-review.model';
import type { FederationConfig } from '../src/modules/federation/federation-config';
import { parseUrlPolicy } from '../src/modules/federation/sources/url-policy';
import { syncTerritory, type TableCounts } from '../src/modules/federation/territory/sync-territory';
import { loadTerritoryProfile } from '../src/modules/federation/territory/territory-profile';
import { repoRoot } from '@reemploi/embedded-db';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
// Roughly the Cotentin's counts: ~1 500 LVAO actors and eco-organism points, ~1 200 OSM objects, 20 déchèteries.
const LVAO_ROWS = Math.round(1500 * SCALE);
const OSM_ELEMENTS = Math.round(1200 * SCALE);
const DECHETERIES = Math.round(20 * SCALE);
const BAR_S = 60;

/** A point inside the Cotentin, spread deterministically. */
const spot = (i: number) => ({
  lat: 49.35 + ((i * 7919) % 30_000) / 100_000,
  lng: -1.85 + ((i * 104_729) % 55_000) / 100_000,
});
const TOWNS = ['Cherbourg-en-Cotentin', 'Valognes', 'Les Pieux', 'La Hague', 'Bricquebec-en-Cotentin'];

function sinoeCsv(): string {
  const header =
    'C_SERVICE;N_SERVICE;AD1_SITE;AD2_SITE;CP_SITE;L_VILLE_SITE;LST_TYPE_DECHET;ORIGINE_DECHET_ACC;TEL_SERVICE;C_ACTEUR;N_ACTEUR;C_COMM;C_DEPT;D_OUV;D_MODIF;GPS_LAT;GPS_LONG;ANNEE';
  const rows = Array.from({ length: DECHETERIES }, (_, i) => {
    const { lat, lng } = spot(100_000 + i);
    const town = TOWNS[i % TOWNS.length]!;
    return [
      `DCH50${String(i).padStart(3, '0')}`,
      `Déchèterie de ${town} ${i}`,
      `ZA des Déchets ${i}`,
      '',
      '50100',
      town,
      'Déchets verts|Gravats|Encombrants|Bois|Ferrailles|DEEE|Mobilier (DEA)|Textiles',
      'Ménages',
      '02 33 40 00 00',
      'CAC',
      'Communauté d’agglomération du Cotentin',
      '50129',
      '50',
      '2001',
      '2024-05-14',
      lat.toFixed(4).replace('.', ','),
      lng.toFixed(4).replace('.', ','),
      '2023',
    ].join(';');
  });
  return [header, ...rows].join('\r\n');
}

const LVAO_KINDS = [
  ['ess', 'recyclerie|structure_de_collecte', 'donner', 'meuble|vaisselle|livre'],
  ['artisan', 'service_de_reparation', 'reparer', 'petit_electromenager|ecran'],
  ['pav_public', 'structure_de_collecte', 'trier', 'vetement|chaussures'],
  ['commerce', 'achat_revente_professionnel', 'acheter', 'vetement|meuble'],
];

function lvaoCsv(): string {
  const lines = [`${LVAO_HEADER.join(',')}\n`];
  for (let i = 0; i < LVAO_ROWS; i += 1) {
    // One row in 10 is an OSM place of the same name at the same spot; the first ones are the déchèteries.
    const decheterie = i < DECHETERIES;
    const { lat, lng } = decheterie ? spot(100_000 + i) : spot(i);
    const [type, services, action, subs] = decheterie
      ? ['decheterie', 'structure_de_collecte', 'trier', 'meuble|vetement']
      : LVAO_KINDS[i % LVAO_KINDS.length]!;
    const town = TOWNS[i % TOWNS.length]!;
    const values: Record<string, string> = {
      identifiant: `lvao${i}`,
      paternite: 'Longue Vie Aux Objets|ADEME',
      nom: decheterie ? `Déchetterie communautaire ${i}` : `Acteur ${i} ${town}`,
      type_dacteur: type!,
      type_de_services: services!,
      telephone: i % 2 ? `02 33 ${String(i % 100).padStart(2, '0')} 00 00` : '',
      adresse: `${(i % 200) + 1} rue du Réemploi`,
      code_postal: '50100',
      ville: town,
      code_commune: '50129',
      code_epci: '200067205',
      nom_epci: "Communauté d'agglomération du Cotentin",
      latitude: lat.toFixed(6),
      longitude: lng.toFixed(6),
      public_accueilli: 'Particuliers',
      horaires_osm: 'Mo-Fr 09:00-12:00,14:00-18:00',
      propositions_de_services: JSON.stringify([{ action, sous_categories: subs!.split('|') }]),
      [action!]: subs!,
      date_de_derniere_modification: '2025-10-02',
    };
    lines.push(
      `${csvLine(
        LVAO_HEADER.map((c) => values[c] ?? ''),
        ',',
      )}\n`,
    );
  }
  return lines.join('');
}

const OSM_TAGS: Record<string, string>[] = [
  { shop: 'second_hand' },
  { shop: 'charity' },
  { amenity: 'recycling', recycling_type: 'container', 'recycling:clothes': 'yes', operator: 'Le Relais' },
  { repair_cafe: 'yes' },
  { amenity: 'public_bookcase' },
  { shop: 'bicycle', 'service:bicycle:repair': 'yes', 'service:bicycle:second_hand': 'yes' },
];

function overpassJson(): string {
  const elements = [];
  for (let i = 0; i < OSM_ELEMENTS; i += 1) {
    const decheterie = i < DECHETERIES;
    const same = i % 10 === 0 && !decheterie; // the same spot and name as LVAO's row i
    const { lat, lng } = decheterie ? spot(100_000 + i) : same ? spot(i) : spot(50_000 + i);
    const tags = decheterie
      ? { amenity: 'recycling', recycling_type: 'centre', name: `Déchetterie ${TOWNS[i % TOWNS.length]} ${i}` }
      : { ...OSM_TAGS[i % OSM_TAGS.length]!, name: same ? `Acteur ${i} ${TOWNS[i % TOWNS.length]}` : `Lieu OSM ${i}` };
    elements.push(
      decheterie
        ? { type: 'way', id: 40_000_000 + i, center: { lat: lat + 0.0008, lon: lng }, tags }
        : { type: 'node', id: 9_000_000_000 + i, lat, lon: lng, tags },
    );
  }
  return JSON.stringify({ version: 0.6, generator: 'Overpass API 0.7.62', osm3s: {}, elements });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'reemploi-bench-territory-'));
  const files = { 'sinoe.csv': sinoeCsv(), 'lvao.csv': lvaoCsv(), 'overpass.json': overpassJson() };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const server = createServer((req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? '/', 'http://x').pathname));
    createReadStream(file)
      .on('error', () => res.writeHead(404).end())
      .pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The real profile (EPCI, communes, polygon), its sources pointed at the fixtures.
  const real = loadTerritoryProfile(path.join(repoRoot(), 'territories', 'cotentin.json'));
  const profileFile = path.join(dir, 'cotentin-bench.json');
  const { directory: _directory, ...profile } = real;
  writeFileSync(
    profileFile,
    JSON.stringify({
      ...profile,
      sources: [
        { key: 'sinoe', name: 'SINOE', format: 'sinoe', url: `${base}/sinoe.csv` },
        { key: 'lvao', name: 'LVAO', format: 'lvao-csv', url: `${base}/lvao.csv`, filter: { epci: true, bbox: true } },
        { key: 'osm', name: 'OSM', format: 'osm-overpass', url: `${base}/overpass.json` },
      ],
    }),
  );
  const embedded = process.env.MONGODB_URI ? null : await startEmbeddedDb({ dataDir: path.join(dir, 'db') });
  const uri = process.env.MONGODB_URI ?? embedded!.uri;
  const federation = {
    geocoderUrl: null,
    maxBytes: 200 * 1024 * 1024,
    fetchTimeoutMs: 60_000,
    lockTtlMs: 60_000,
    urlPolicy: parseUrlPolicy('*, 127.0.0.1'),
    dataInclusionToken: null,
    dataInclusionUrl: 'https://api.data.inclusion.gouv.fr',
  } as unknown as FederationConfig;
  try {
    await mongoose.connect(uri, {
      dbName: `bench_territory_${Date.now()}`,
      monitorCommands: Boolean(process.env.BENCH_DEBUG),
    });
    await Promise.all([
      PlaceModel.init(),
      SourceModel.init(),
      ImportRunModel.init(),
      AuditEventModel.init(),
      MatchReviewModel.init(),
    ]);
    const size = (name: string) => `${Math.round(statSync(path.join(dir, name)).size / 1024)} KB`;
    console.log(
      `database: ${process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB (SQLite)'}; ${process.env.BENCH_CPU ?? `${execFileSync('nproc').toString().trim()} cores`}; load average at start ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')}`,
    );
    console.log(
      `fixtures: OSM ${OSM_ELEMENTS} elements (${size('overpass.json')}), LVAO ${LVAO_ROWS} rows (${size('lvao.csv')}), SINOE ${DECHETERIES} déchèteries (${size('sinoe.csv')})`,
    );
    const loaded = loadTerritoryProfile(profileFile);
    // BENCH_DEBUG: each database command's count and total time, by command and collection.
    const ops = new Map<string, { n: number; ms: number }>();
    if (process.env.BENCH_DEBUG)
      mongoose.connection.getClient().on('commandSucceeded', (event) => {
        const entry = ops.get(event.commandName) ?? { n: 0, ms: 0 };
        entry.n += 1;
        entry.ms += event.duration;
        ops.set(event.commandName, entry);
      });
    for (const label of ['first sync (empty database)', 'second sync (unchanged)']) {
      const started = process.hrtime.bigint();
      let mark = process.hrtime.bigint();
      const seconds_: Record<string, string> = {};
      const result = await syncTerritory(loaded, {
        federation,
        onSource: (r) => {
          const now = process.hrtime.bigint();
          seconds_[r.key] = `${(Number(now - mark) / 1e9).toFixed(1)} s`;
          mark = now;
        },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const per = result.sources
        .map((s) => `${s.key} ${s.status} ${seconds_[s.key]} ${JSON.stringify(pick(s))}`)
        .join('\n    ');
      console.log(`${label}: ${seconds.toFixed(1)} s, totals ${JSON.stringify(result.totals)}\n    ${per}`);
      if (!result.ok) throw new Error('a source failed');
      if (process.env.BENCH_DEBUG) console.log([...ops].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12));
      ops.clear();
      if (label.startsWith('first') && seconds > BAR_S) {
        console.log(`FAIL: over the ${BAR_S} s bar`);
        process.exitCode = 1;
      }
    }
    console.log(
      `places: ${await PlaceModel.countDocuments()}, of them on more than one source: ${await PlaceModel.countDocuments({ 'sources.1': { $exists: true } })}`,
    );
  } finally {
    server.close();
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pick = ({ created, updated, unchanged, closed, queuedForReview, rejected }: TableCounts) => ({
  created,
  updated,
  unchanged,
  closed,
  queuedForReview,
  rejected,
});

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
