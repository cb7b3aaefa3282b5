import { featureBox } from './feature-box';

describe('the box the map asks mapFeatures for', () => {
  const france = { west: -5.2, south: 41.3, east: 9.6, north: 51.1 };

  it('contains the view and reaches at most a quarter tile beyond it', () => {
    for (const zoom of [5, 6, 10, 14]) {
      const box = featureBox(france, zoom);
      const cell = 360 / 2 ** zoom / 4;
      expect(box.west).toBeLessThanOrEqual(france.west);
      expect(box.east).toBeGreaterThanOrEqual(france.east);
      expect(box.south).toBeLessThanOrEqual(france.south);
      expect(box.north).toBeGreaterThanOrEqual(france.north);
      expect(france.west - box.west).toBeLessThan(cell + 1e-6);
      expect(box.north - france.north).toBeLessThan(cell + 1e-6);
    }
  });

  it('asks the same question for views a small pan apart, and another one once the pan is larger', () => {
    const panned = (d: number) => ({
      west: france.west + d,
      south: france.south + d,
      east: france.east + d,
      north: france.north + d,
    });
    expect(featureBox(panned(0.05), 6)).toEqual(featureBox(panned(0.1), 6));
    expect(featureBox(panned(0.05), 6)).not.toEqual(featureBox(panned(2), 6));
  });

  it('stays within the world', () => {
    expect(featureBox({ west: -179.9, south: -89.9, east: 179.9, north: 89.9 }, 2)).toEqual({
      west: -180,
      south: -90,
      east: 180,
      north: 90,
    });
  });
});
