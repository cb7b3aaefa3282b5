import fc from 'fast-check';
import { DirectoryIndex } from './directory-index';
import { haversineMeters, inBBox } from './geo';
import { compareNames } from './name-order';
import { isOpenAt } from './opening-hours';
import { testOptions } from './test-places';
import type { BBox, DirectoryFilter, DirectoryPlace, SearchQuery } from './types';

// Small vocabularies so random filters often match, names and points often tie.
const ACTIONS = ['donner', 'reparer', 'acheter', 'trier'];
const SUBS = ['meuble', 'literie', 'vetement', 'chaussure', 'velo', 'petit_electromenager'];
const CATEGORIES = ['mobilier', 'textile', 'loisirs', 'electromenager'];
const KINDS = ['RESSOURCERIE', 'REPAIR_CAFE', 'COLLECTION_POINT', 'CHARITY_SHOP'];
const LABELS = ['ESS', 'ACI', 'QUALIREPAR'];
const HOURS = [null, 'Mo-Sa 09:00-18:00; PH off', 'Mo-Fr 14:00-18:00', '24/7', 'pas valide'];
const COMMUNES: [string, string][] = [
  ['Cherbourg-en-Cotentin', '50129'],
  ['Valognes', '50615'],
  ['Les Pieux', '50402'],
];
const NAMES = ['Écocyclerie', 'ecocyclerie', 'La Boutique', 'Atelier Vélo', 'Donnerie', 'Zèbre'];
const SHARED_POINTS = [
  [49.64, -1.62],
  [49.51, -1.47],
  [49.5, -1.3],
] as const;
const REGION = { south: 49.3, north: 49.75, west: -1.95, east: -1.2 };
const NOW = new Date('2026-07-15T10:00:00');

/** Deterministic pseudo-random numbers (mulberry32), so a failing seed replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPlace(rand: () => number, id: string): DirectoryPlace {
  const pick = <V>(values: readonly V[]) => values[Math.floor(rand() * values.length)]!;
  const some = <V>(values: readonly V[]) => values.filter(() => rand() < 0.35);
  const [lat, lng] = rand() < 0.1 ? pick(SHARED_POINTS) : [REGION.south + rand() * 0.45, REGION.west + rand() * 0.75];
  const [commune, insee] = rand() < 0.15 ? [null, null] : pick(COMMUNES);
  return {
    id,
    slug: `s-${id}`,
    name: rand() < 0.5 ? pick(NAMES) : `${pick(NAMES)} ${id}`,
    kind: pick(KINDS),
    lat,
    lng,
    commune,
    inseeCode: insee,
    description: null,
    offers: Array.from({ length: Math.floor(rand() * 3) }, () => ({
      action: pick(ACTIONS),
      subcategories: some(SUBS),
    })),
    labels: some(LABELS),
    homeService: rand() < 0.2,
    openingHours: pick(HOURS),
    keywords: '',
    // Some approximate positions (a street, a commune centre), ranked by max(distance, uncertainty).
    positionUncertaintyMeters: pick([0, 0, 0, 250, 2000]),
  };
}

function matches(place: DirectoryPlace, filter: DirectoryFilter): boolean {
  const any = (values: readonly string[] | undefined) => (values && values.length > 0 ? values : null);
  const actions = any(filter.actions);
  const subs = any(filter.subcategories);
  const cats = any(filter.categories);
  if (actions || subs || cats) {
    const offerOk = place.offers.some(
      (offer) =>
        (!actions || actions.includes(offer.action)) &&
        (!(subs || cats) ||
          offer.subcategories.some((s) => subs?.includes(s) || cats?.includes(testOptions.categoryOf(s)!))),
    );
    if (!offerOk) return false;
  }
  if (any(filter.kinds) && !filter.kinds!.includes(place.kind)) return false;
  if (any(filter.labels) && !place.labels.some((l) => filter.labels!.includes(l))) return false;
  if (any(filter.communes) && !filter.communes!.some((c) => c === place.commune || c === place.inseeCode)) return false;
  if (filter.homeService === true && !place.homeService) return false;
  if (filter.openNow === true && isOpenAt(place.openingHours, NOW) !== true) return false;
  return true;
}

function bruteForce(places: Iterable<DirectoryPlace>, query: SearchQuery) {
  const rows = [...places]
    .filter((place) => matches(place, query.filter ?? {}))
    .filter((place) => !query.bbox || inBBox(place.lng, place.lat, query.bbox))
    .map((place) => ({ place, distance: query.near ? haversineMeters(query.near, place) : null }))
    .filter((row) => row.distance === null || query.radiusMeters === undefined || row.distance <= query.radiusMeters);
  const uncertainty = (row: (typeof rows)[number]) =>
    row.distance === null ? 0 : row.place.positionUncertaintyMeters!;
  const rank = (row: (typeof rows)[number]) => Math.max(row.distance ?? 0, uncertainty(row));
  rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      uncertainty(a) - uncertainty(b) ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      compareNames(a.place, b.place),
  );
  const offset = query.offset ?? 0;
  return { ids: rows.slice(offset, offset + query.limit).map((r) => [r.place.id, r.distance]), total: rows.length };
}

const subset = (values: string[]) => fc.option(fc.subarray(values, { maxLength: 3 }), { nil: undefined });

const filterArb: fc.Arbitrary<DirectoryFilter> = fc.record({
  actions: subset(ACTIONS),
  subcategories: subset(SUBS),
  categories: subset(CATEGORIES),
  kinds: subset(KINDS),
  labels: subset(LABELS),
  communes: subset(['Cherbourg-en-Cotentin', '50615', 'Les Pieux']),
  openNow: fc.option(fc.boolean(), { nil: undefined }),
  homeService: fc.option(fc.boolean(), { nil: undefined }),
});

const bboxArb: fc.Arbitrary<BBox> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.double({ min: 49.3, max: 49.75, noNaN: true }),
        fc.double({ min: -1.95, max: -1.2, noNaN: true }),
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
      )
      .map(([south, west, size]) => ({ south, west, north: south + size, east: west + size })),
  },
  // A view of the whole country: it holds every place, which the engine answers without walking the box.
  { weight: 1, arbitrary: fc.constant({ south: 41.3, west: -5, north: 51.1, east: 9.6 }) },
  // Most of the places' area, not all of it: walked place by place rather than collected from the kd-tree.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ min: 49.2, max: 49.35, noNaN: true }), fc.double({ min: -2, max: -1.8, noNaN: true }))
      .map(([south, west]) => ({ south, west, north: south + 0.45, east: west + 0.7 })),
  },
);

const queryArb: fc.Arbitrary<SearchQuery> = fc.record({
  filter: filterArb,
  near: fc.option(
    fc.record({
      lat: fc.double({ min: 49.2, max: 49.8, noNaN: true }),
      lng: fc.double({ min: -2, max: -1.1, noNaN: true }),
    }),
    { nil: undefined },
  ),
  radiusMeters: fc.option(fc.double({ min: 0, max: 40_000, noNaN: true }), { nil: undefined }),
  bbox: fc.option(bboxArb, { nil: undefined, freq: 4 }),
  offset: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  limit: fc.integer({ min: 0, max: 40 }),
  now: fc.constant(NOW),
});

const writeArb = fc.record({ remove: fc.boolean(), id: fc.integer({ min: 0, max: 5000 }), seed: fc.integer() });

function expectSame(index: DirectoryIndex, model: Map<string, DirectoryPlace>, query: SearchQuery): void {
  const actual = index.search(query);
  const expected = bruteForce(model.values(), query);
  expect({ ids: actual.hits.map((h) => [h.place.id, h.distanceMeters]), total: actual.total }).toEqual(expected);
}

describe('search compared with a brute-force scan', () => {
  it('returns the same ids, order, distances and totals for random places, filters and points', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1000, max: 4000 }),
        fc.array(queryArb, { minLength: 20, maxLength: 20 }),
        (seed, size, queries) => {
          const rand = random(seed);
          const model = new Map<string, DirectoryPlace>();
          for (let i = 0; i < size; i++) model.set(`p${i}`, randomPlace(rand, `p${i}`));
          const index = new DirectoryIndex(testOptions);
          index.load(model.values());
          for (const query of queries) expectSame(index, model, query);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('stays equal to the brute force after random upserts and removes (overflow and rebuilds)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(writeArb, { minLength: 50, maxLength: 700 }),
        fc.array(queryArb, { minLength: 10, maxLength: 10 }),
        (seed, writes, queries) => {
          const rand = random(seed);
          const model = new Map<string, DirectoryPlace>();
          for (let i = 0; i < 3000; i++) model.set(`p${i}`, randomPlace(rand, `p${i}`));
          const index = new DirectoryIndex(testOptions);
          index.load(model.values());
          writes.forEach((write, i) => {
            const id = `p${write.id}`;
            if (write.remove) {
              model.delete(id);
              index.remove(id);
            } else {
              const place = randomPlace(random(write.seed), id);
              model.set(id, place);
              index.upsert(place);
            }
            // Query mid-way too, so some queries see the overflow list and others a fresh rebuild.
            if (i % 97 === 0) expectSame(index, model, queries[i % queries.length]!);
          });
          expect(index.size).toBe(model.size);
          for (const query of queries) expectSame(index, model, query);
        },
      ),
      { numRuns: 15 },
    );
  });
});
