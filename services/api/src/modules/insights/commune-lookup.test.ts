import { CommuneLookup } from './commune-lookup';

// The commune a search is counted in, from the grid: the same answer as working it out in full (the
// area the demand map draws), and none outside the territory.
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

  it('gives the exact answer anywhere, borders included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) as number;
    let mismatches = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const lat = 49.25 + random() * 0.5;
      const lng = -2 + random() * 0.85;
      const exact = lookup.exact(lat, lng);
      const expected = exact === 0 ? null : lookup['sites'][exact - 1]!.insee;
      if (lookup.at({ lat, lng }) !== expected) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });
});
