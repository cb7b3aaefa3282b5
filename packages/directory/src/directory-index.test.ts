import { DirectoryIndex } from './directory-index';
import { buildPlace, ids, testOptions } from './test-places';

function indexOf(...places: ReturnType<typeof buildPlace>[]): DirectoryIndex {
  const index = new DirectoryIndex(testOptions);
  index.load(places);
  return index;
}

describe('DirectoryIndex', () => {
  it('finds places by id and slug and counts them', () => {
    const a = buildPlace({ id: 'a', slug: 'ressourcerie-a' });
    const index = indexOf(a, buildPlace({ id: 'b' }));
    expect(index.size).toBe(2);
    expect(index.get('a')).toBe(a);
    expect(index.getBySlug('ressourcerie-a')).toBe(a);
    expect(index.get('nope')).toBeUndefined();
  });

  it('bumps its generation on every write, not on reads or unknown removals', async () => {
    const index = indexOf(buildPlace({ id: 'a' }));
    const loaded = index.generation;
    index.search({ limit: 5 });
    await index.mapFeatures({ bbox: { west: -5, south: 42, east: 8, north: 51 }, zoom: 6 });
    expect(index.generation).toBe(loaded);
    index.upsert(buildPlace({ id: 'b' }));
    expect(index.generation).toBe(loaded + 1);
    index.remove('nope');
    expect(index.generation).toBe(loaded + 1);
    index.remove('b');
    expect(index.generation).toBe(loaded + 2);
    index.load([]);
    expect(index.generation).toBe(loaded + 3);
  });

  it('replaces a place on upsert, including its slug and position, and forgets removed ones', () => {
    const index = indexOf(buildPlace({ id: 'a', slug: 'old', lat: 49.6, lng: -1.6 }));
    index.upsert(buildPlace({ id: 'a', slug: 'new', lat: 49.7, lng: -1.5 }));
    expect(index.size).toBe(1);
    expect(index.getBySlug('old')).toBeUndefined();
    expect(index.getBySlug('new')?.lat).toBe(49.7);
    const near = index.search({ near: { lat: 49.7, lng: -1.5 }, limit: 5 });
    expect(near.hits[0]!.distanceMeters).toBe(0);
    index.remove('a');
    index.remove('a');
    expect(index.size).toBe(0);
    expect(index.search({ limit: 5 })).toEqual({ hits: [], total: 0 });
  });

  it('orders by French name without near or text, ignoring accents and case', () => {
    const index = indexOf(
      buildPlace({ id: 'z', name: 'Zéro déchet' }),
      buildPlace({ id: 'e', name: 'Écorecyclerie' }),
      buildPlace({ id: 'a', name: 'atelier vélo' }),
      buildPlace({ id: 'd', name: 'Donnerie' }),
    );
    expect(ids(index.search({ limit: 10 }))).toEqual(['a', 'd', 'e', 'z']);
  });

  it('orders by distance with near, breaking ties by name, and caps by radius', () => {
    const index = indexOf(
      buildPlace({ id: 'far', name: 'A', lat: 49.7, lng: -1.6 }),
      buildPlace({ id: 'same-b', name: 'B', lat: 49.6, lng: -1.6 }),
      buildPlace({ id: 'same-a', name: 'A', lat: 49.6, lng: -1.6 }),
      buildPlace({ id: 'mid', name: 'C', lat: 49.62, lng: -1.6 }),
    );
    const result = index.search({ near: { lat: 49.6, lng: -1.6 }, limit: 10 });
    expect(ids(result)).toEqual(['same-a', 'same-b', 'mid', 'far']);
    expect(result.hits[2]!.distanceMeters).toBeCloseTo(2224, 0);
    const capped = index.search({ near: { lat: 49.6, lng: -1.6 }, radiusMeters: 3000, limit: 10 });
    expect(ids(capped)).toEqual(['same-a', 'same-b', 'mid']);
    expect(capped.total).toBe(3);
  });

  it('never ranks an approximate position above an exact one within its uncertainty', () => {
    const here = { lat: 49.6394, lng: -1.6164 };
    const index = indexOf(
      // A commune centroid right on the query point, but the real place is anywhere within 2 km.
      buildPlace({ id: 'centroid', name: 'A', ...here, positionUncertaintyMeters: 2000 }),
      buildPlace({ id: 'exact-40m', name: 'B', lat: here.lat + 0.00036, lng: here.lng }),
      buildPlace({ id: 'exact-3km', name: 'C', lat: here.lat + 0.027, lng: here.lng }),
    );
    const result = index.search({ near: here, limit: 10 });
    expect(ids(result)).toEqual(['exact-40m', 'centroid', 'exact-3km']);
    // The distance served stays the measured one: only the order accounts for the uncertainty.
    expect(result.hits[1]!.distanceMeters).toBe(0);
  });

  it('ranks approximate positions by uncertainty on the kd-tree path too, with pagination', () => {
    const here = { lat: 49.6394, lng: -1.6164 };
    // Over 2048 matches, so the nearest-first kd-tree walk answers instead of a scan.
    const crowd = Array.from({ length: 3000 }, (_, i) =>
      buildPlace({ id: `far${i}`, lat: here.lat + 0.05 + i / 10000, lng: here.lng }),
    );
    // Centroids a metre or so apart (no distance ties) nearer than every exact place, all within 2 km.
    const centroids = Array.from({ length: 30 }, (_, i) =>
      buildPlace({ id: `c${i}`, lat: here.lat + i / 100_000, lng: here.lng, positionUncertaintyMeters: 2000 }),
    );
    const exact = Array.from({ length: 5 }, (_, i) =>
      buildPlace({ id: `e${i}`, lat: here.lat + 0.003 * (i + 1), lng: here.lng }),
    );
    const index = indexOf(...crowd, ...centroids, ...exact);
    const first = index.search({ near: here, limit: 8 });
    expect(ids(first)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'c0', 'c1', 'c2']);
    expect(ids(index.search({ near: here, offset: 33, limit: 4 }))).toEqual(['c28', 'c29', 'far0', 'far1']);
  });

  it('matches actions and sub-categories on the same offer only', () => {
    const index = indexOf(
      buildPlace({ id: 'same', offers: [{ action: 'reparer', subcategories: ['velo'] }] }),
      buildPlace({
        id: 'split',
        offers: [
          { action: 'reparer', subcategories: ['meuble'] },
          { action: 'donner', subcategories: ['velo'] },
        ],
      }),
    );
    expect(ids(index.search({ filter: { actions: ['reparer'], subcategories: ['velo'] }, limit: 10 }))).toEqual([
      'same',
    ]);
    expect(
      ids(index.search({ filter: { actions: ['reparer', 'donner'], subcategories: ['velo'] }, limit: 10 })),
    ).toEqual(['same', 'split']);
    expect(index.search({ filter: { subcategories: ['velo'] }, limit: 10 }).total).toBe(2);
  });

  it('expands categories to their sub-categories, on the same offer as the action', () => {
    const index = indexOf(
      buildPlace({ id: 'textile', offers: [{ action: 'donner', subcategories: ['chaussure'] }] }),
      buildPlace({ id: 'meubles', offers: [{ action: 'donner', subcategories: ['meuble'] }] }),
      buildPlace({ id: 'achat', offers: [{ action: 'acheter', subcategories: ['linge'] }] }),
    );
    expect(ids(index.search({ filter: { categories: ['textile'] }, limit: 10 }))).toEqual(['textile', 'achat']);
    expect(ids(index.search({ filter: { actions: ['donner'], categories: ['textile'] }, limit: 10 }))).toEqual([
      'textile',
    ]);
    expect(
      ids(index.search({ filter: { categories: ['textile'], subcategories: ['meuble'] }, limit: 10 })).sort(),
    ).toEqual(['achat', 'meubles', 'textile']);
  });

  it('ANDs facets and ORs values inside a facet', () => {
    const index = indexOf(
      buildPlace({ id: 'r-ess', kind: 'RESSOURCERIE', labels: ['ESS'] }),
      buildPlace({ id: 'r', kind: 'RESSOURCERIE', labels: [] }),
      buildPlace({ id: 'c-ess', kind: 'REPAIR_CAFE', labels: ['ESS', 'ACI'] }),
      buildPlace({ id: 'home', kind: 'REPAIRER', homeService: true }),
    );
    const search = (filter: object) => ids(index.search({ filter, limit: 10 })).sort();
    expect(search({ kinds: ['RESSOURCERIE', 'REPAIR_CAFE'], labels: ['ESS'] })).toEqual(['c-ess', 'r-ess']);
    expect(search({ labels: ['ACI', 'ESS'] })).toEqual(['c-ess', 'r-ess']);
    expect(search({ homeService: true })).toEqual(['home']);
    expect(search({ homeService: false, kinds: [] })).toHaveLength(4);
  });

  it('matches communes by name ignoring case, accents and hyphens, or by INSEE code', () => {
    const index = indexOf(
      buildPlace({ id: 'vv', commune: 'Valognes', inseeCode: '50615' }),
      buildPlace({ id: 'pe', commune: 'Les Pieux', inseeCode: '50402' }),
      buildPlace({ id: 'sm', commune: 'Sainte-Mère-Église', inseeCode: '50523' }),
      buildPlace({ id: 'none', commune: null, inseeCode: null }),
    );
    const search = (communes: string[]) => ids(index.search({ filter: { communes }, limit: 10 })).sort();
    expect(search(['sainte mere eglise'])).toEqual(['sm']);
    expect(search(['VALOGNES', '50402'])).toEqual(['pe', 'vv']);
    expect(search(['Cherbourg'])).toEqual([]);
  });

  it('keeps only places open at `now` with openNow, excluding unknown hours', () => {
    const index = indexOf(
      buildPlace({ id: 'open', openingHours: 'Mo-Sa 09:00-18:00; PH off' }),
      buildPlace({ id: 'closed', openingHours: 'Mo-Fr 14:00-18:00' }),
      buildPlace({ id: 'unknown', openingHours: null }),
      buildPlace({ id: 'invalid', openingHours: 'quand on veut' }),
    );
    const wednesday10am = new Date('2026-07-15T10:00:00');
    expect(ids(index.search({ filter: { openNow: true }, now: wednesday10am, limit: 10 }))).toEqual(['open']);
    expect(index.search({ filter: { openNow: false }, now: wednesday10am, limit: 10 }).total).toBe(4);
    const bastilleDay = new Date('2026-07-14T10:00:00');
    expect(index.search({ filter: { openNow: true }, now: bastilleDay, limit: 10 }).total).toBe(0);
  });

  it('filters open now on the effective hours, a closure included', () => {
    const closure = 'Mo-Sa 09:00-18:00; 2026 Jul 15 off "grève"';
    const index = indexOf(
      buildPlace({ id: 'closed today', openingHours: 'Mo-Sa 09:00-18:00', effectiveOpeningHours: closure }),
      buildPlace({ id: 'open', openingHours: 'Mo-Sa 09:00-18:00' }),
    );
    const wednesday10am = new Date('2026-07-15T10:00:00');
    expect(ids(index.search({ filter: { openNow: true }, now: wednesday10am, limit: 10 }))).toEqual(['open']);
    const thursday10am = new Date('2026-07-16T10:00:00');
    expect(index.search({ filter: { openNow: true }, now: thursday10am, limit: 10 }).total).toBe(2);
  });

  it('restricts to a bbox', () => {
    const index = indexOf(
      buildPlace({ id: 'in', lat: 49.5, lng: -1.5 }),
      buildPlace({ id: 'edge', lat: 49.6, lng: -1.4 }),
      buildPlace({ id: 'out', lat: 49.7, lng: -1.5 }),
    );
    const bbox = { west: -1.6, south: 49.4, east: -1.4, north: 49.6 };
    expect(ids(index.search({ bbox, limit: 10 })).sort()).toEqual(['edge', 'in']);
    expect(ids(index.search({ bbox, near: { lat: 49.7, lng: -1.5 }, limit: 10 }))).toEqual(['edge', 'in']);
  });

  it('paginates with offset and limit and reports the total', () => {
    const places = Array.from({ length: 25 }, (_, i) =>
      buildPlace({ id: `p${i}`, name: `Lieu ${String(i).padStart(2, '0')}`, lat: 49 + i / 100 }),
    );
    const index = indexOf(...places);
    const page = index.search({ offset: 10, limit: 5 });
    expect(ids(page)).toEqual(['p10', 'p11', 'p12', 'p13', 'p14']);
    expect(page.total).toBe(25);
    const nearPage = index.search({ near: { lat: 49, lng: -1.62 }, offset: 20, limit: 10 });
    expect(ids(nearPage)).toEqual(['p20', 'p21', 'p22', 'p23', 'p24']);
    expect(nearPage.total).toBe(25);
    expect(index.search({ offset: 30, limit: 5 })).toEqual({ hits: [], total: 25 });
    expect(index.search({ limit: 0 }).total).toBe(25);
  });

  it('keeps answering correctly across many writes that trigger lazy rebuilds', () => {
    const index = indexOf(...Array.from({ length: 100 }, (_, i) => buildPlace({ id: `p${i}`, lat: 49 + i / 1000 })));
    for (let i = 0; i < 3000; i++) {
      index.upsert(buildPlace({ id: `p${i % 150}`, lat: 49 + (i % 150) / 1000, name: `N${i}` }));
      if (i % 7 === 0) index.remove(`p${(i * 13) % 150}`);
      if (i % 500 === 0) expect(index.search({ near: { lat: 49, lng: -1.62 }, limit: 3 }).total).toBe(index.size);
    }
    const result = index.search({ near: { lat: 49, lng: -1.62 }, limit: 200 });
    expect(result.total).toBe(index.size);
    expect(new Set(ids(result)).size).toBe(index.size);
  });
});
