import { findTown, normalizeName, searchTowns } from './locations';

describe('offline location picker', () => {
  it('matches town names without accents, case or hyphens', () => {
    expect(normalizeName('Saint-Pierre-Église')).toBe('saint pierre eglise');
    expect(searchTowns('equeur')[0]?.label).toBe('Équeurdreville-Hainneville');
    expect(searchTowns('st vaast')[0]?.label).toBe('Saint-Vaast-la-Hougue');
  });

  it('finds merged communes through their former towns', () => {
    const labels = searchTowns('cherbourg en').map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Tourlaville', 'La Glacerie']));
  });

  it('resolves a shared link’s town name to coordinates', () => {
    expect(findTown('valognes')?.point).toEqual({ lat: 49.5089, lng: -1.4703 });
    expect(findTown('Atlantis')).toBeNull();
  });
});
