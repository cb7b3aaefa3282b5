// `tsx services/api/bench/commune-lookup.bench.ts [size]`: the cost, per counted search, of finding the
// commune of the searched point. Before (until 2026-12-06): a second search of the in-memory directory for
// the nearest place (limit 1, no filter) and its commune. After: CommuneLookup.at, a grid over the
// communes' outlines (territories/cotentin-commune-areas.json). Same run, same points (half in the
// Cotentin, half anywhere in France), on the index bench:http uses (default 300 000 places). Figures: docs/benchmarks.md ("Insights").
import os from 'node:os';
import { createLogger } from '../src/shared/logger';
import { DirectoryService } from '../src/modules/places/directory.service';
import { CommuneLookup } from '../src/modules/insights/commune-lookup';
import { francePlaces } from '../../../packages/directory/bench/france-places';
import { toBenchPublicPlace } from './http-bench-server';

const SIZE = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 300_000);
const CALLS = 20_000;

const directory = new DirectoryService({ pollMs: 600_000, logger: createLogger('silent') });
directory.index.load(francePlaces(SIZE).map(toBenchPublicPlace));
const lookup = CommuneLookup.load();
let seed = 11;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const points = Array.from({ length: CALLS }, (_, i) =>
  i % 2
    ? { lat: 49.3 + random() * 0.4, lng: -1.9 + random() * 0.65 }
    : { lat: 42.5 + random() * 8.5, lng: -4.5 + random() * 12 },
);
const now = new Date();
const before = (p: { lat: number; lng: number }) => {
  const hit = directory.index.search({ filter: {}, near: p, offset: 0, limit: 1, now }).hits[0];
  return hit && (hit.distanceMeters ?? Infinity) <= 10_000 ? hit.place.inseeCode : null;
};
const after = (p: { lat: number; lng: number }) => lookup.at(p);

function time(label: string, run: (p: { lat: number; lng: number }) => unknown): number {
  for (const p of points.slice(0, 2000)) run(p); // warm
  const rounds: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    for (const p of points) run(p);
    rounds.push(((performance.now() - started) * 1000) / CALLS);
  }
  const median = rounds.sort((a, b) => a - b)[1]!;
  console.log(`${label.padEnd(44)} ${median.toFixed(2).padStart(8)} µs per counted search (median of 3 × ${CALLS})`);
  return median;
}

console.log(
  `${SIZE.toLocaleString('en')} places; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const b = time('before: nearest place (directory search, limit 1)', before);
const a = time('after: commune grid (CommuneLookup.at)', after);
console.log(`after / before: ${((a / b) * 100).toFixed(2)} %`);
