import { DirectoryIndex } from './directory-index';
import { buildPlace, testOptions } from './test-places';
import type { DirectoryPlace, MapFeature } from './types';

const count = (features: MapFeature<DirectoryPlace>[]) => features.reduce((sum, feature) => sum + feature.count, 0);

// Two tight groups far apart (Cherbourg, Saint-Lô) and one isolated place.
const places = [
  ...Array.from({ length: 30 }, (_, i) =>
    buildPlace({
      id: `cbg${i}`,
      lat: 49.63 + (i % 6) * 0.002,
      lng: -1.62 + Math.floor(i / 6) * 0.002,
      kind: i % 2 ? 'RESSOURCERIE' : 'COLLECTION_POINT',
    }),
  ),
  ...Array.from({ length: 20 }, (_, i) =>
    buildPlace({
      id: `stlo${i}`,
      lat: 49.11 + (i % 5) * 0.002,
      lng: -1.09 + Math.floor(i / 5) * 0.002,
      kind: 'COLLECTION_POINT',
    }),
  ),
  buildPlace({ id: 'alone', lat: 49.4, lng: -1.8, kind: 'RESSOURCERIE' }),
];
const index = new DirectoryIndex(testOptions);
index.load(places);
const manche = { west: -2, south: 48.5, east: -0.8, north: 50 };

describe('map features', () => {
  it('clusters at a lower zoom until the answer holds at most maxFeatures, every place still counted', async () => {
    const street = await index.mapFeatures({ bbox: manche, zoom: 16 });
    expect(street).toHaveLength(51); // every place on its own at street zoom
    const capped = await index.mapFeatures({ bbox: manche, zoom: 16, maxFeatures: 5 });
    expect(capped.length).toBeLessThanOrEqual(5);
    expect(capped.some((f) => f.type === 'CLUSTER')).toBe(true);
    expect(count(capped)).toBe(51);
  });

  it('groups nearby places into clusters whose counts sum to the matching places in the bbox', async () => {
    const features = await index.mapFeatures({ bbox: manche, zoom: 8 });
    expect(features.filter((f) => f.type === 'CLUSTER')).toHaveLength(2);
    expect(features.find((f) => f.type === 'PLACE')).toMatchObject({ place: { id: 'alone' }, count: 1 });
    expect(count(features)).toBe(51);
  });

  it('applies the filter and counts only matching places in a partial bbox', async () => {
    const cherbourg = { west: -1.8, south: 49.5, east: -1.5, north: 49.8 };
    expect(count(await index.mapFeatures({ bbox: cherbourg, zoom: 8, filter: { kinds: ['RESSOURCERIE'] } }))).toBe(15);
    expect(count(await index.mapFeatures({ bbox: manche, zoom: 8, filter: { kinds: ['RESSOURCERIE'] } }))).toBe(16);
  });

  it('gives clusters an expansion zoom above the current one', async () => {
    for (const zoom of [6, 10, 14]) {
      const clusters = (await index.mapFeatures({ bbox: manche, zoom })).filter((f) => f.type === 'CLUSTER');
      expect(clusters.length).toBeGreaterThan(0);
      for (const cluster of clusters) expect(cluster.expansionZoom).toBeGreaterThan(zoom);
    }
  });

  it('answers a repeated view with the same expansion zooms as a fresh clustering (they are remembered)', async () => {
    const fresh = () => {
      const other = new DirectoryIndex(testOptions);
      other.load(places);
      return other;
    };
    for (const zoom of [6, 8, 10]) {
      const first = await index.mapFeatures({ bbox: manche, zoom });
      const again = await index.mapFeatures({ bbox: manche, zoom });
      expect(again).toEqual(first);
      expect(await fresh().mapFeatures({ bbox: manche, zoom })).toEqual(first);
    }
    // Zooming to a cluster's expansion zoom splits it.
    const cluster = (await index.mapFeatures({ bbox: manche, zoom: 8 })).find((f) => f.type === 'CLUSTER')!;
    const around = {
      west: cluster.lng - 0.05,
      south: cluster.lat - 0.05,
      east: cluster.lng + 0.05,
      north: cluster.lat + 0.05,
    };
    const split = await index.mapFeatures({ bbox: around, zoom: cluster.expansionZoom! });
    expect(split.length).toBeGreaterThan(1);
    expect(count(split)).toBe(cluster.count);
  });

  it('shows single places past the maximum cluster zoom', async () => {
    const features = await index.mapFeatures({ bbox: manche, zoom: 17 });
    expect(features).toHaveLength(51);
    expect(features.every((f) => f.type === 'PLACE')).toBe(true);
  });

  it('reflects writes made after a clustering was cached', async () => {
    const local = new DirectoryIndex(testOptions);
    local.load(places.slice(0, 5));
    expect(count(await local.mapFeatures({ bbox: manche, zoom: 10 }))).toBe(5);
    local.upsert(buildPlace({ id: 'new', lat: 49.2, lng: -1.3 }));
    local.remove('cbg0');
    expect(count(await local.mapFeatures({ bbox: manche, zoom: 10 }))).toBe(5);
    expect(
      (await local.mapFeatures({ bbox: manche, zoom: 17 })).some((f) => f.type === 'PLACE' && f.place.id === 'new'),
    ).toBe(true);
  });

  it('filters clusters by openNow at the given time', async () => {
    const local = new DirectoryIndex(testOptions);
    local.load([buildPlace({ openingHours: 'Mo-Sa 09:00-18:00; PH off' }), buildPlace({ openingHours: null })]);
    const at = async (iso: string) =>
      count(await local.mapFeatures({ bbox: manche, zoom: 10, filter: { openNow: true }, now: new Date(iso) }));
    expect(await at('2026-07-15T10:00:00')).toBe(1);
    expect(await at('2026-07-14T10:00:00')).toBe(0);
  });

  it('runs one build per filter at a time, however many writes come during it, and the last view has them all', async () => {
    let pending = 0;
    let most = 0;
    const local = new DirectoryIndex({
      ...testOptions,
      yieldTurn: async () => {
        most = Math.max(most, ++pending);
        await new Promise((resolve) => setImmediate(resolve));
        pending--;
      },
    });
    local.load(
      Array.from({ length: 5000 }, (_, i) =>
        buildPlace({ id: `p${i}`, lat: 49 + (i % 100) / 100, lng: -2 + Math.floor(i / 100) / 50 }),
      ),
    );
    const views: Promise<MapFeature<DirectoryPlace>[]>[] = [];
    for (let i = 0; i < 4; i++) {
      views.push(local.mapFeatures({ bbox: manche, zoom: 17 }));
      local.upsert(buildPlace({ id: `new${i}`, lat: 49.5, lng: -1.5 }));
    }
    views.push(local.mapFeatures({ bbox: manche, zoom: 10 }));
    const answers = await Promise.all(views);
    expect(most).toBe(1); // a build was sliced (it yielded), never two at once
    expect(count(answers[4]!)).toBe(5004);
  });
});
