// Directory engine vs PostgreSQL 15 + PostGIS 3 on the same generated places, in the same run.
// `pnpm bench:engine [sizes]` — sizes comma-separated (default 10000,300000), or ENGINE_BENCH_SIZES.
// Starts its own throwaway PostgreSQL (temp dir, loopback, unix socket), stops and deletes it at the end.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import os from 'node:os';
import pg from 'pg';
import { subcategoryById } from '@reemploi/taxonomy';
import { DirectoryIndex } from '../src/directory-index';
import type { BBox, DirectoryFilter, LatLng } from '../src/types';
import { francePlaces, type FrancePlace } from './france-places';
import { startTempPostgres, PG_SETTINGS, type TempPostgres } from './temp-postgres';
import { FRANCE_BBOX, Workload } from './workload';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const sizes = (process.argv[2] ?? process.env.ENGINE_BENCH_SIZES ?? '10000,300000')
  .split(',')
  .map((s) => Number(s.replace(/_/g, '')))
  .filter((n) => n > 0);
const BUDGET_MS = Number(process.env.ENGINE_BENCH_BUDGET_MS ?? 5000); // per query kind and engine
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

interface Stats {
  p50: number;
  p99: number;
  mean: number;
  n: number;
}

function summarize(times: number[]): Stats {
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length * 0.5)]!,
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!,
    mean: times.reduce((s, t) => s + t, 0) / times.length,
    n: times.length,
  };
}

/** Runs `inputs` in order (cycling) until all ran or the time budget is spent; µs per call. */
async function measure<I>(inputs: I[], run: (input: I) => unknown, maxRuns = inputs.length): Promise<Stats> {
  for (let i = 0; i < Math.min(20, inputs.length); i++) await run(inputs[i]!); // warm-up
  const times: number[] = [];
  const deadline = performance.now() + BUDGET_MS;
  for (let i = 0; i < maxRuns && (times.length < 20 || performance.now() < deadline); i++) {
    const input = inputs[i % inputs.length]!;
    const start = process.hrtime.bigint();
    await run(input);
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return summarize(times);
}

/** The same inputs for both engines. */
interface Inputs {
  nearFiltered: { near: LatLng; filter: DirectoryFilter }[];
  near: LatLng[];
  cityBoxes: BBox[];
  texts: string[];
  regionBoxes: BBox[];
}

function makeInputs(n: number): Inputs {
  const w = new Workload(7);
  return {
    nearFiltered: Array.from({ length: n }, () => ({ near: w.point(), filter: w.filter() })),
    near: Array.from({ length: n }, () => w.point()),
    cityBoxes: Array.from({ length: n }, () => w.cityBox()),
    texts: Array.from({ length: n }, () => w.text()),
    regionBoxes: Array.from({ length: n }, () => w.regionBox()),
  };
}

const pairs = (filter: DirectoryFilter) =>
  filter.actions!.flatMap((action) => filter.subcategories!.map((sub) => `${action}:${sub}`));

/** "repair cafe" → "repair:* & cafe:*" (every word, prefix match, like the engine; no fuzzy matching). */
const tsQuery = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => `${w}:*`)
    .join(' & ');

/** Supercluster's 60 px radius at a zoom, in degrees of longitude (256 px tiles). */
const cellDegrees = (zoom: number) => (360 / (256 * 2 ** zoom)) * 60;

interface Row {
  query: string;
  engine: Stats;
  postgis: Stats;
  note?: string;
}

async function engineSide(places: FrancePlace[], inputs: Inputs) {
  const before = heapMb();
  const index = new DirectoryIndex<FrancePlace>({ categoryOf: (s) => subcategoryById(s)?.categoryId });
  const buildStart = performance.now();
  index.load(places);
  index.search({ limit: 1 });
  const buildMs = performance.now() - buildStart;
  const heapDelta = heapMb() - before;
  const clusterStart = performance.now();
  await index.mapFeatures({ bbox: FRANCE_BBOX, zoom: 6 });
  const clusterBuildMs = performance.now() - clusterStart;
  let textRun = 0;
  const stats = {
    nearFiltered: await measure(inputs.nearFiltered, ({ near, filter }) => index.search({ near, filter, limit: 20 })),
    near: await measure(inputs.near, (near) => index.search({ near, limit: 20 })),
    bbox: await measure(inputs.cityBoxes, (bbox) => index.search({ bbox, limit: 20 })),
    // Cold: a trailing stop word (dropped by the analyser) defeats the engine's cache of recent texts.
    text: await measure(inputs.texts, (text) =>
      index.search({ filter: { text: `${text} ${'de '.repeat(1 + (textRun++ % 500))}` }, limit: 20 }),
    ),
    z6: await measure(inputs.near, () => index.mapFeatures({ bbox: FRANCE_BBOX, zoom: 6 }), 500),
    z10: await measure(inputs.regionBoxes, (bbox) => index.mapFeatures({ bbox, zoom: 10 })),
    z14: await measure(inputs.cityBoxes, (bbox) => index.mapFeatures({ bbox, zoom: 14 })),
  };
  const sample = inputs.nearFiltered[0]!;
  const sampleIds = index.search({ ...sample, limit: 20 }).hits.map((h) => h.place.id);
  const textSample = index.search({ filter: { text: 'ressourcerie' }, limit: 20 }).total;
  return { index, buildMs, heapDelta, clusterBuildMs, stats, sampleIds, textSample };
}

const SCHEMA = `
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TABLE places (
  slot int PRIMARY KEY,
  id text NOT NULL,
  slug text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  commune text,
  insee text,
  description text,
  keywords text NOT NULL,
  opening_hours text,
  labels text[] NOT NULL,
  offers text[] NOT NULL,
  home_service boolean NOT NULL,
  street text, postcode text, locality text, phone text, email text, website text,
  geog geography(Point, 4326) NOT NULL,
  geom geometry(Point, 4326) NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('fr_unaccent', name), 'A') ||
    setweight(to_tsvector('fr_unaccent', keywords), 'B') ||
    setweight(to_tsvector('fr_unaccent', coalesce(commune, '') || ' ' || coalesce(description, '')), 'C')
  ) STORED
);`;

const INDEXES = [
  'CREATE UNIQUE INDEX places_id ON places (id)',
  'CREATE INDEX places_geog ON places USING gist (geog)',
  'CREATE INDEX places_geom ON places USING gist (geom)',
  'CREATE INDEX places_offers ON places USING gin (offers)',
  'CREATE INDEX places_labels ON places USING gin (labels)',
  'CREATE INDEX places_kind ON places (kind)',
  'CREATE INDEX places_tsv ON places USING gin (tsv)',
];

const POINT = 'ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography';
const SQL = {
  nearFiltered: `SELECT id, name, ST_Distance(geog, ${POINT}, false) AS meters FROM places
    WHERE offers && $3::text[] ORDER BY geog <-> ${POINT} LIMIT 20`,
  nearFilteredTotal: `SELECT id, name, ST_Distance(geog, ${POINT}, false) AS meters,
      (SELECT count(*) FROM places WHERE offers && $3::text[]) AS total
    FROM places WHERE offers && $3::text[] ORDER BY geog <-> ${POINT} LIMIT 20`,
  near: `SELECT id, name, ST_Distance(geog, ${POINT}, false) AS meters FROM places ORDER BY geog <-> ${POINT} LIMIT 20`,
  bbox: `SELECT id, name, count(*) OVER () AS total FROM places
    WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326) ORDER BY name, id LIMIT 20`,
  text: `SELECT id, name, ts_rank(tsv, q) AS score, count(*) OVER () AS total
    FROM places, to_tsquery('fr_unaccent', $1) q WHERE tsv @@ q ORDER BY score DESC, name LIMIT 20`,
  grid: `SELECT count(*)::int AS n, avg(ST_X(geom)) AS lng, avg(ST_Y(geom)) AS lat, min(id) AS id FROM places
    WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4326) GROUP BY ST_SnapToGrid(geom, $5::float8)`,
};

async function loadPostgres(client: pg.Client, places: FrancePlace[]) {
  await client.query(SCHEMA);
  const insertStart = performance.now();
  const BATCH = 5000;
  for (let i = 0; i < places.length; i += BATCH) {
    const rows = places.slice(i, i + BATCH).map((p, j) => ({
      slot: i + j,
      id: p.id,
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      commune: p.commune,
      insee: p.inseeCode,
      description: p.description,
      keywords: p.keywords,
      opening_hours: p.openingHours,
      labels: p.labels,
      offers: p.offers.flatMap((o) => o.subcategories.map((s) => `${o.action}:${s}`)),
      home_service: p.homeService,
      street: p.street,
      postcode: p.postcode,
      locality: p.locality,
      phone: p.phone,
      email: p.email,
      website: p.website,
      lng: p.lng,
      lat: p.lat,
    }));
    await client.query(
      `INSERT INTO places (slot, id, slug, name, kind, commune, insee, description, keywords, opening_hours, labels,
         offers, home_service, street, postcode, locality, phone, email, website, geog, geom)
       SELECT slot, id, slug, name, kind, commune, insee, description, keywords, opening_hours, labels, offers,
         home_service, street, postcode, locality, phone, email, website,
         ST_SetSRID(ST_MakePoint(lng, lat), 4326)::geography, ST_SetSRID(ST_MakePoint(lng, lat), 4326)
       FROM jsonb_to_recordset($1::jsonb) AS x(slot int, id text, slug text, name text, kind text, commune text,
         insee text, description text, keywords text, opening_hours text, labels text[], offers text[],
         home_service boolean, street text, postcode text, locality text, phone text, email text, website text,
         lng float8, lat float8)`,
      [JSON.stringify(rows)],
    );
  }
  const insertMs = performance.now() - insertStart;
  const indexStart = performance.now();
  for (const sql of INDEXES) await client.query(sql);
  const indexMs = performance.now() - indexStart;
  const analyzeStart = performance.now();
  await client.query('VACUUM ANALYZE places');
  const analyzeMs = performance.now() - analyzeStart;
  const sizes = await client.query<{ name: string; bytes: string }>(
    `SELECT 'table (heap + TOAST)' AS name, pg_table_size('places')::text AS bytes
     UNION ALL SELECT 'indexes', pg_indexes_size('places')::text
     UNION ALL SELECT c.relname, pg_relation_size(c.oid)::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid = 'places'::regclass`,
  );
  return {
    insertMs,
    indexMs,
    analyzeMs,
    sizes: sizes.rows.map((r) => ({ name: r.name, mb: Number(r.bytes) / 1048576 })),
  };
}

async function postgisSide(client: pg.Client, inputs: Inputs) {
  const q = (name: keyof typeof SQL, values: unknown[]) => client.query({ name, text: SQL[name], values });
  const grid = (bbox: BBox, zoom: number) =>
    q('grid', [bbox.west, bbox.south, bbox.east, bbox.north, cellDegrees(zoom)]);
  const stats = {
    nearFiltered: await measure(inputs.nearFiltered, ({ near, filter }) =>
      q('nearFiltered', [near.lng, near.lat, pairs(filter)]),
    ),
    nearFilteredTotal: await measure(inputs.nearFiltered, ({ near, filter }) =>
      q('nearFilteredTotal', [near.lng, near.lat, pairs(filter)]),
    ),
    near: await measure(inputs.near, (near) => q('near', [near.lng, near.lat])),
    bbox: await measure(inputs.cityBoxes, (b) => q('bbox', [b.west, b.south, b.east, b.north])),
    text: await measure(inputs.texts, (text) => q('text', [tsQuery(text)])),
    z6: await measure(inputs.near, () => grid(FRANCE_BBOX, 6), 500),
    z10: await measure(inputs.regionBoxes, (b) => grid(b, 10)),
    z14: await measure(inputs.cityBoxes, (b) => grid(b, 14)),
  };
  const sample = inputs.nearFiltered[0]!;
  const sampleIds = (await q('nearFiltered', [sample.near.lng, sample.near.lat, pairs(sample.filter)])).rows.map(
    (r: { id: string }) => r.id,
  );
  const textSample = Number((await q('text', [tsQuery('ressourcerie')])).rows[0]?.total ?? 0);
  const plans: Record<string, string> = {};
  for (const [name, values] of [
    ['nearFiltered', [sample.near.lng, sample.near.lat, pairs(sample.filter)]],
    ['text', [tsQuery('meubles')]],
  ] as const) {
    const plan = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${SQL[name]}`, [...values]);
    plans[name] = plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
  }
  return { stats, sampleIds, textSample, plans };
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(us >= 100_000 ? 0 : 1)} ms` : `${us.toFixed(0)} µs`);
const ratio = (a: Stats, b: Stats) => `×${(b.p50 / a.p50).toFixed(b.p50 / a.p50 >= 10 ? 0 : 1)}`;

async function benchSize(size: number, server: TempPostgres) {
  log(`--- ${size.toLocaleString('en')} places; load average ${load()}`);
  const genStart = performance.now();
  const heap0 = heapMb();
  const places = francePlaces(size);
  const placesMb = heapMb() - heap0;
  log(
    `generated in ${(performance.now() - genStart).toFixed(0)} ms (place objects: ${placesMb.toFixed(0)} MB of heap)`,
  );
  const inputs = makeInputs(2000);
  const loadBefore = load();
  const engine = await engineSide(places, inputs);
  log(`engine done; load average ${load()}`);

  const client = new pg.Client({ host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS places; DROP TEXT SEARCH CONFIGURATION IF EXISTS fr_unaccent');
    const loaded = await loadPostgres(client, places);
    log(`PostGIS loaded; load average ${load()}`);
    // Warm the buffer cache like the engine is warm: read the table and its indexes once.
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await client.query(
      `SELECT pg_prewarm(c.oid) FROM pg_class c WHERE c.relname = 'places' OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'places'::regclass)`,
    );
    const pgv = await client.query<{ v: string; p: string }>('SELECT version() AS v, postgis_full_version() AS p');
    const postgis = await postgisSide(client, inputs);
    const loadAfter = load();
    const e = engine.stats;
    const p = postgis.stats;
    const rows: Row[] = [
      {
        query: 'nearest-20, action + sub-category filter',
        engine: e.nearFiltered,
        postgis: p.nearFiltered,
        note: 'PostGIS without totalCount',
      },
      {
        query: 'nearest-20, action + sub-category filter, with totalCount',
        engine: e.nearFiltered,
        postgis: p.nearFilteredTotal,
        note: 'the engine always counts',
      },
      { query: 'nearest-20, no filter', engine: e.near, postgis: p.near },
      { query: 'bbox of a city (~9 × 9 km), first 20 by name + total', engine: e.bbox, postgis: p.bbox },
      { query: 'text, first 20 by relevance + total (cold)', engine: e.text, postgis: p.text },
      { query: 'clusters zoom 6 (France)', engine: e.z6, postgis: p.z6 },
      { query: 'clusters zoom 10 (~100 km box)', engine: e.z10, postgis: p.z10 },
      { query: 'clusters zoom 14 (city box)', engine: e.z14, postgis: p.z14 },
    ];
    const pgTotal =
      loaded.sizes.find((s) => s.name === 'table (heap + TOAST)')!.mb +
      loaded.sizes.find((s) => s.name === 'indexes')!.mb;
    const pgIndexes = loaded.sizes.find((s) => s.name === 'indexes')!.mb;
    const same = engine.sampleIds.filter((id) => postgis.sampleIds.includes(id)).length;
    console.log(
      `\n## ${size.toLocaleString('en')} places — Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), load average ${loadBefore} → ${loadAfter}`,
    );
    console.log(
      `PostgreSQL: ${pgv.rows[0]!.v.split(' on ')[0]}; ${pgv.rows[0]!.p.split(' ').slice(0, 2).join(' ')}; settings ${Object.entries(
        PG_SETTINGS,
      )
        .filter(([k]) => k !== 'listen_addresses')
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    console.log(
      `Build: engine load + first query ${engine.buildMs.toFixed(0)} ms (first cluster build for a filter: ${engine.clusterBuildMs.toFixed(0)} ms) | PostGIS insert ${(loaded.insertMs / 1000).toFixed(1)} s + indexes ${(loaded.indexMs / 1000).toFixed(1)} s + VACUUM ANALYZE ${(loaded.analyzeMs / 1000).toFixed(1)} s = ${((loaded.insertMs + loaded.indexMs + loaded.analyzeMs) / 1000).toFixed(1)} s`,
    );
    console.log(
      `Memory: engine index +${engine.heapDelta.toFixed(0)} MB heap on top of the place objects (${placesMb.toFixed(0)} MB) = ${(engine.heapDelta + placesMb).toFixed(0)} MB | PostGIS indexes ${pgIndexes.toFixed(0)} MB, table + indexes ${pgTotal.toFixed(0)} MB (${loaded.sizes
        .filter((s) => s.name.startsWith('places_'))
        .map((s) => `${s.name.slice(7)} ${s.mb.toFixed(0)}`)
        .join(', ')})`,
    );
    console.log(
      `Same answer check (first filtered nearest-20): ${same}/20 ids in common; "ressourcerie" matches: engine ${engine.textSample}, PostGIS ${postgis.textSample}`,
    );
    console.log('\n| query | engine p50 | engine p99 | PostGIS p50 | PostGIS p99 | PostGIS / engine (p50) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(
        `| ${r.query}${r.note ? ` (${r.note})` : ''} | ${fmt(r.engine.p50)} | ${fmt(r.engine.p99)} | ${fmt(r.postgis.p50)} | ${fmt(r.postgis.p99)} | ${ratio(r.engine, r.postgis)} |`,
      );
    }
    console.log(
      `\n(runs per row: engine ${Object.values(e)
        .map((s) => s.n)
        .join('/')}, PostGIS ${Object.values(p)
        .map((s) => s.n)
        .join('/')})`,
    );
    if (process.env.ENGINE_BENCH_PLANS)
      for (const [name, plan] of Object.entries(postgis.plans)) console.log(`\nPlan ${name}:\n${plan}`);
    await client.query('DROP TABLE places');
  } finally {
    await client.end();
  }
}

async function main() {
  log(`sizes ${sizes.join(', ')}; budget ${BUDGET_MS} ms per query kind and engine; load average ${load()}`);
  const server = await startTempPostgres(log);
  try {
    for (const size of sizes) await benchSize(size, server);
  } finally {
    server.stop();
    log('PostgreSQL stopped and its temp dir deleted');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
