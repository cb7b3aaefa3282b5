import { objects } from './categories';
import { objectNamesEn } from './english-object-names';
import { resolveObject } from './resolver/resolve-object';

describe('English object names', () => {
  it('names every LVAO object once, and nothing else', () => {
    const codes = objects.map((o) => o.id);
    expect(codes.filter((code) => !objectNamesEn[code]?.trim())).toEqual([]);
    expect(Object.keys(objectNamesEn).filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('lets the resolver find an object by its English name', () => {
    expect(resolveObject('washing machine', 1)[0]?.subcategoryId).toBe('gros_electromenager_hors_refrigerant');
    expect(resolveObject('kettle', 1)[0]?.subcategoryId).toBe('petit_electromenager');
    expect(resolveObject('chest of drawers', 1)[0]?.subcategoryId).toBe('meuble');
    expect(resolveObject('sleeping bags', 1)[0]).toMatchObject({ subcategoryId: 'decoration', confidence: 'high' });
  });
});
