import fc from 'fast-check';
import KDBush from 'kdbush';
import Supercluster from 'supercluster';
import { loadSliced } from './sliced-supercluster';
import { TimeSlicer } from './time-slice';

// The sliced build must be Supercluster's own load(), only cut into slices: same trees at every zoom,
// same answers. (It re-runs the steps of the pinned supercluster 8.0.1 / kdbush 4.1.0.)

type Tree = { ids: ArrayLike<number>; coords: ArrayLike<number>; data: number[] };
const OPTIONS = { radius: 60, maxZoom: 16 };

const features = (coords: [number, number][]) =>
  coords.map(([lng, lat], slot): Supercluster.PointFeature<{ slot: number }> => ({
    type: 'Feature',
    properties: { slot },
    geometry: { type: 'Point', coordinates: [lng, lat] },
  }));

/** A slicer that pauses as often as it can (every 256 steps), each pause a real turn of the event loop. */
const eager = () => new TimeSlicer(() => new Promise((resolve) => setImmediate(resolve)), 0);

const treesOf = (index: Supercluster<{ slot: number }>) =>
  (index as unknown as { trees: Tree[] }).trees.map((tree) => ({
    ids: Array.from(tree.ids),
    coords: Array.from(tree.coords),
    data: tree.data,
  }));

// Places clumped around a few centres, as a directory's are (clusters form at every zoom).
const clumped = fc
  .array(
    fc.record({
      lng: fc.double({ min: -5, max: 9, noNaN: true }),
      lat: fc.double({ min: 41, max: 51, noNaN: true }),
      spread: fc.constantFrom(0.001, 0.05, 1),
      n: fc.integer({ min: 1, max: 400 }),
      seed: fc.integer(),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((groups) =>
    groups.flatMap(({ lng, lat, spread, n, seed }) =>
      Array.from({ length: n }, (_, i): [number, number] => {
        const a = Math.sin(seed + i * 12.9898) * 43758.5453;
        const b = Math.sin(seed + i * 78.233) * 12345.6789;
        return [lng + (a - Math.floor(a) - 0.5) * spread, lat + (b - Math.floor(b) - 0.5) * spread];
      }),
    ),
  );

describe('sliced Supercluster build', () => {
  it('builds the same trees as load(), zoom for zoom', async () => {
    await fc.assert(
      fc.asyncProperty(clumped, async (coords) => {
        const points = features(coords);
        const expected = new Supercluster<{ slot: number }>(OPTIONS).load(points);
        const sliced = await loadSliced(new Supercluster<{ slot: number }>(OPTIONS), points, eager());
        expect(treesOf(sliced)).toEqual(treesOf(expected));
        for (const zoom of [3, 6, 9, 12, 15, 17]) {
          const clusters = sliced.getClusters([-6, 40, 10, 52], zoom);
          expect(clusters).toEqual(expected.getClusters([-6, 40, 10, 52], zoom));
          for (const c of clusters.filter((f) => 'cluster' in f.properties).slice(0, 5)) {
            const id = (c.properties as { cluster_id: number }).cluster_id;
            expect(sliced.getClusterExpansionZoom(id)).toBe(expected.getClusterExpansionZoom(id));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('sorts a kd-tree exactly as KDBush does, over many points', async () => {
    const coords: [number, number][] = Array.from({ length: 20_000 }, (_, i) => [
      -5 + ((i * 7919) % 14_000) / 1000,
      41 + ((i * 104_729) % 10_000) / 1000,
    ]);
    const points = features(coords);
    const sliced = await loadSliced(new Supercluster<{ slot: number }>(OPTIONS), points, eager());
    const top = (sliced as unknown as { trees: Tree[] }).trees[17]!;
    const kd = new KDBush(coords.length, 64, Float32Array);
    for (let i = 0; i < top.data.length; i += 6) kd.add(top.data[i]!, top.data[i + 1]!);
    kd.finish();
    expect(Array.from(top.ids)).toEqual(Array.from(kd.ids));
  });

  it('gives the event loop back while it builds', async () => {
    const coords: [number, number][] = Array.from({ length: 5_000 }, (_, i) => [(i % 100) / 50, i / 2500 + 45]);
    let turns = 0;
    const slicer = new TimeSlicer(async () => {
      turns++;
      await new Promise((resolve) => setImmediate(resolve));
    }, 0);
    await loadSliced(new Supercluster<{ slot: number }>(OPTIONS), features(coords), slicer);
    expect(turns).toBeGreaterThan(10);
  });
});
