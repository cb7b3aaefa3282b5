// Directory engine benchmark: `pnpm bench:directory [size]` (or DIRECTORY_BENCH_SIZE), default 100 000 places.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import os from 'node:os';
import { DirectoryIndex } from '../src/directory-index';
import { haversineMeters } from '../src/geo';
import { subcategoryById } from '@reemploi/taxonomy';
import type { DirectoryPlace, LatLng, SearchQuery } from '../src/types';
import { FRENCH_CITIES as CITIES, francePlaces, seededRandom } from './france-places';
import { FRANCE_BBOX, NEAR_FILTERS as FILTERS, TEXTS } from './workload';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const size = Number(process.argv[2] ?? process.env.DIRECTORY_BENCH_SIZE ?? 100_000);
const ITERATIONS = 2000;
let textRun = 0;
const rand = seededRandom(7);
const NOW = new Date('2026-07-15T10:30:00'); // a Wednesday morning, Paris time

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function randomPoint(): LatLng {
  const city = CITIES[Math.floor(rand() * CITIES.length)]!;
  return { lat: city[1] + (rand() - 0.5) * 0.2, lng: city[2] + (rand() - 0.5) * 0.3 };
}

interface Stats {
  name: string;
  p50: number;
  p99: number;
  mean: number;
}

function measure(name: string, run: () => unknown, iterations = ITERATIONS): Stats {
  for (let i = 0; i < Math.min(50, iterations); i++) run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return { name, p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]!, mean };
}

async function measureAsync(name: string, run: () => Promise<unknown>, iterations = ITERATIONS): Promise<Stats> {
  for (let i = 0; i < Math.min(50, iterations); i++) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return { name, p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]!, mean };
}

/**
 * Runs `build` while a 1 ms timer ticks: its CPU time (whole process) and the longest gap between two
 * ticks (how long the event loop was held at once; the build gives it back between slices).
 */
async function buildWatch(build: () => Promise<unknown>): Promise<{ cpuMs: number; longestHoldMs: number }> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const cpu = process.cpuUsage();
  last = performance.now();
  await build();
  longest = Math.max(longest, performance.now() - last);
  const used = process.cpuUsage(cpu);
  clearInterval(ticker);
  return { cpuMs: (used.user + used.system) / 1000, longestHoldMs: longest };
}

/** What an API without the index would do: scan every place, test the filter, sort the matches by distance. */
function bruteNearest(places: DirectoryPlace[], query: SearchQuery): DirectoryPlace[] {
  const filter = query.filter!;
  const rows: { place: DirectoryPlace; d: number }[] = [];
  for (const place of places) {
    const ok = place.offers.some(
      (o) => filter.actions!.includes(o.action) && o.subcategories.some((s) => filter.subcategories!.includes(s)),
    );
    if (ok) rows.push({ place, d: haversineMeters(query.near!, place) });
  }
  rows.sort((a, b) => a.d - b.d);
  return rows.slice(0, query.limit).map((r) => r.place);
}

async function main(): Promise<void> {
  const places = francePlaces(size);
  const before = heapMb();
  const index = new DirectoryIndex({
    categoryOf: (s) => subcategoryById(s)?.categoryId,
    yieldTurn: () => new Promise((resolve) => setImmediate(resolve)), // as the API does
  });
  const buildStart = performance.now();
  index.load(places);
  index.search({ limit: 1 });
  const buildMs = performance.now() - buildStart;
  const heapDelta = heapMb() - before;

  const pickFilter = () => FILTERS[Math.floor(rand() * FILTERS.length)]!;
  const cityBox = () => {
    const city = CITIES[Math.floor(rand() * CITIES.length)]!;
    return { west: city[2] - 0.06, south: city[1] - 0.04, east: city[2] + 0.06, north: city[1] + 0.04 };
  };
  const france = FRANCE_BBOX;
  const clusterBuild = await buildWatch(() => index.mapFeatures({ bbox: france, zoom: 6 }));
  const filteredBuild = await buildWatch(() =>
    index.mapFeatures({ bbox: france, zoom: 6, filter: { actions: ['REPAIR'] } }),
  );

  const stats: Stats[] = [
    measure('nearest-20, no filter', () => index.search({ near: randomPoint(), limit: 20 })),
    measure('nearest-20, action + sub-category', () =>
      index.search({ near: randomPoint(), limit: 20, filter: pickFilter() }),
    ),
    measure('nearest-20, action + sub-category, 10 km radius', () =>
      index.search({ near: randomPoint(), radiusMeters: 10_000, limit: 20, filter: pickFilter() }),
    ),
    measure('bbox of a city (~9 × 9 km), first 20 by name', () => index.search({ bbox: cityBox(), limit: 20 })),
    // Cold: a distinct text each time (a trailing stop word is dropped by the analyser but defeats the cache).
    measure(
      'text search, first 20 (cold)',
      () =>
        index.search({
          filter: { text: `${TEXTS[Math.floor(rand() * TEXTS.length)]} ${'de '.repeat(1 + (textRun++ % 500))}` },
          limit: 20,
        }),
      300,
    ),
    measure(
      'text search, first 20 (same text again: next page, facets)',
      () => index.search({ filter: { text: 'ressourcerie' }, offset: 20, limit: 20 }),
      500,
    ),
    measure(
      'text + nearest-20, 10 km radius (cold)',
      () =>
        index.search({
          filter: { text: `${TEXTS[Math.floor(rand() * TEXTS.length)]} ${'de '.repeat(1 + (textRun++ % 500))}` },
          near: randomPoint(),
          radiusMeters: 10_000,
          limit: 20,
        }),
      300,
    ),
    measure('openNow + nearest-20, 10 km radius', () =>
      index.search({ near: randomPoint(), radiusMeters: 10_000, limit: 20, filter: { openNow: true }, now: NOW }),
    ),
    measure(
      'facets, action + sub-category, 10 km radius',
      () => index.facets({ near: randomPoint(), radiusMeters: 10_000, limit: 0, filter: pickFilter() }),
      500,
    ),
    await measureAsync('mapFeatures zoom 6 (France)', () => index.mapFeatures({ bbox: france, zoom: 6 }), 500),
    await measureAsync('mapFeatures zoom 10 (~100 km box)', () => {
      const p = randomPoint();
      return index.mapFeatures({
        bbox: { west: p.lng - 0.7, south: p.lat - 0.45, east: p.lng + 0.7, north: p.lat + 0.45 },
        zoom: 10,
      });
    }),
    await measureAsync('mapFeatures zoom 14 (city box)', () => index.mapFeatures({ bbox: cityBox(), zoom: 14 })),
  ];
  const filtered = stats[1]!;
  const brute = measure(
    'brute-force scan, nearest-20, action + sub-category',
    () => bruteNearest(places, { near: randomPoint(), limit: 20, filter: pickFilter() }),
    200,
  );
  // Sanity: the index and the brute force agree on a sample query.
  const sample: SearchQuery = { near: { lat: 49.63, lng: -1.62 }, limit: 20, filter: FILTERS[0] };
  const same = index.search(sample).hits.every((hit, i) => hit.place === bruteNearest(places, sample)[i]);

  const fmt = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} ms` : `${n.toFixed(1)} µs`);
  console.log(
    `Directory engine benchmark — ${size.toLocaleString('en')} places, Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'})`,
  );
  console.log(
    `build (load + first query): ${buildMs.toFixed(0)} ms; heap: +${heapDelta.toFixed(1)} MB (${((heapDelta * 100_000) / size).toFixed(1)} MB per 100k places, excluding the place objects)`,
  );
  for (const [what, build] of [
    ['unfiltered', clusterBuild],
    ['REPAIR', filteredBuild],
  ] as const) {
    console.log(
      `first mapFeatures, ${what} (Supercluster build in slices): ${build.cpuMs.toFixed(0)} ms CPU, event loop held at most ${build.longestHoldMs.toFixed(1)} ms at once`,
    );
  }
  console.log('| query | p50 | p99 | mean |');
  console.log('|---|---:|---:|---:|');
  for (const s of [...stats, brute]) console.log(`| ${s.name} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.mean)} |`);
  console.log(
    `speed-up of the index over the brute-force scan (filtered nearest-20, p50): ×${(brute.p50 / filtered.p50).toFixed(0)}`,
  );
  console.log(`index and brute force agree on a sample query: ${same}`);
}

void main();
