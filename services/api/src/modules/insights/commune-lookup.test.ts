import { CommuneLookup } from './commune-lookup';

// The commune a search is counted in, from the grid: the same answer as working it out in full (the
// outline the demand map draws), and none outside the territory.
const lookup = CommuneLookup.load();

describe('commune of a searched point', () => {
  it('finds Cherbourg-en-Cotentin in Équeurdreville and Valognes in Valognes', () => {
    expect(lookup.at({ lat: 49.6486, lng: -1.6561 })).toBe('50129');
    expect(lookup.at({ lat: 49.509, lng: -1.4703 })).toBe('50615');
  });

  it('counts no commune outside the territory (Paris, the sea off Barfleur)', () => {
    expect(lookup.at({ lat: 48.8566, lng: 2.3522 })).toBeNull();
    expect(lookup.at({ lat: 49.75, lng: -1.1 })).toBeNull();
  });

  it('follows the administrative outlines: a point just inside a small commune counts there, not in its big neighbour', () => {
    // Tourlaville's harbour side is Cherbourg-en-Cotentin; Digosville, inland of it, is a commune of its own;
    // Tatihou, an island off Saint-Vaast-la-Hougue, belongs to it.
    expect(lookup.at({ lat: 49.6385, lng: -1.5735 })).toBe('50129');
    expect(lookup.at({ lat: 49.6317, lng: -1.5284 })).toBe('50162');
    expect(lookup.at({ lat: 49.5893, lng: -1.2497 })).toBe('50562');
  });

  it('counts in its commune a point on the shore or in the thin gap two simplified outlines leave, not one at sea', () => {
    const valognes = lookup.areas.find((a) => a.insee === '50615')!;
    const [lng, lat] = valognes.polygons[0]![0]![0]!;
    // A vertex of Valognes's outline, moved 50 m east then 50 m west: one side is in it, the other in its
    // neighbour or in the gap; both count in a commune of the territory.
    expect(lookup.at({ lat: lat!, lng: lng! + 0.0007 })).not.toBeNull();
    expect(lookup.at({ lat: lat!, lng: lng! - 0.0007 })).not.toBeNull();
    expect(lookup.at({ lat: 49.55, lng: -1.95 })).toBeNull(); // at sea off the Anse de Vauville
  });

  it('has an outline and a centre for each of the territory’s 129 communes', () => {
    expect(new Set(lookup.areas.map((a) => a.insee)).size).toBe(129);
    for (const area of lookup.areas) expect(lookup.at(area)).toBe(area.insee);
  });

  it('gives the exact answer anywhere, borders included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) as number;
    let mismatches = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const lat = 49.25 + random() * 0.5;
      const lng = -2 + random() * 0.85;
      const exact = lookup.exact(lat, lng);
      const expected = exact === 0 ? null : lookup.areas[exact - 1]!.insee;
      if (lookup.at({ lat, lng }) !== expected) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });
});
