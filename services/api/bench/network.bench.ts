// `pnpm bench:network`: "find a partner" in the engine (NetworkIndex) at 10,000 structures, by competence,
// territory, insertion type and capacity. Bar (issue 14): p99 ≤ 5 ms. Prints a Markdown table for
// docs/benchmarks.md; exits 1 when the bar is missed.
import { NetworkIndex, type NetworkEntry, type NetworkQuery } from '../src/modules/organizations/network-index';
import { SEEDED_COMPETENCES } from '../src/modules/organizations/competences.service';
import { INSERTION_TYPES } from '../src/modules/organizations/organization.model';

const STRUCTURES = 10_000;
const QUERIES = 5_000;
const BAR_MS = 5;

// Deterministic pseudo-random numbers (mulberry32), so that runs compare.
let seed = 14;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], max: number) => [
  ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
];

// The Manche has ~450 communes (INSEE 50001…); a structure covers a few to a few dozen around it.
const COMMUNES = Array.from({ length: 450 }, (_, i) => String(50001 + i));
const CODES = SEEDED_COMPETENCES.map((c) => c.code);

const entries: NetworkEntry[] = Array.from({ length: STRUCTURES }, (_, i) => {
  const territory = some(COMMUNES, 30);
  return {
    id: String(i),
    name: `Structure ${i}`,
    insertionTypes: some(INSERTION_TYPES, 2),
    capacity: Math.floor(random() * 30),
    communes: territory,
    competences: some(CODES, 4).map((code) => ({ code, communes: random() < 0.5 ? territory : some(territory, 10) })),
  };
});

const t0 = performance.now();
const index = new NetworkIndex(entries);
const buildMs = performance.now() - t0;

const shapes: [string, () => NetworkQuery][] = [
  ['competence', () => ({ competences: [pick(CODES)] })],
  ['competence + commune', () => ({ competences: [pick(CODES)], communes: [pick(COMMUNES)] })],
  ['2 competences + 5 communes', () => ({ competences: some(CODES, 2), communes: some(COMMUNES, 5) })],
  [
    'competence + commune + type + capacity',
    () => ({
      competences: [pick(CODES)],
      communes: [pick(COMMUNES)],
      insertionTypes: [pick(INSERTION_TYPES)],
      minCapacity: 10,
    }),
  ],
  ['territory of 40 communes', () => ({ communes: some(COMMUNES, 40) })],
  ['insertion type only', () => ({ insertionTypes: [pick(INSERTION_TYPES)] })],
];

console.log(
  `NetworkIndex: ${STRUCTURES} structures, built in ${buildMs.toFixed(0)} ms; ${QUERIES} queries per shape.\n`,
);
console.log('| Query | results (median) | p50 ms | p99 ms | max ms |');
console.log('|---|---|---|---|---|');
let worst = 0;
for (const [label, make] of shapes) {
  for (let i = 0; i < 500; i += 1) index.search(make()); // warm up
  const times: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < QUERIES; i += 1) {
    const query = make();
    const start = performance.now();
    const found = index.search(query);
    times.push(performance.now() - start);
    counts.push(found.length);
  }
  times.sort((a, b) => a - b);
  counts.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  worst = Math.max(worst, pct(0.99));
  console.log(
    `| ${label} | ${counts[counts.length >> 1]} | ${pct(0.5).toFixed(3)} | ${pct(0.99).toFixed(3)} | ${times[times.length - 1]!.toFixed(2)} |`,
  );
}
console.log(`\nWorst p99: ${worst.toFixed(3)} ms (bar ${BAR_MS} ms): ${worst <= BAR_MS ? 'met' : 'MISSED'}`);
if (worst > BAR_MS) process.exitCode = 1;
