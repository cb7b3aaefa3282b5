import { categories, categoryById, objects, objectsOfSubcategory, subcategories, subcategoryById } from './categories';

describe('LVAO categories, sub-categories and objects', () => {
  it('has the 24 categories, 86 sub-categories and 866 objects of LVAO', () => {
    expect(categories).toHaveLength(24);
    expect(subcategories).toHaveLength(86);
    expect(objects).toHaveLength(866);
  });

  it('files every object under an existing sub-category', () => {
    const missing = objects.filter((o) => !subcategoryById(o.subcategoryId));
    expect(missing).toEqual([]);
  });

  it('files every sub-category under an existing category that lists it', () => {
    for (const s of subcategories) {
      expect(categoryById(s.categoryId)?.subcategoryIds).toContain(s.id);
    }
  });

  it('gives every category and sub-category a French and an English label', () => {
    for (const item of [...categories, ...subcategories]) {
      expect(item.label.fr.trim()).not.toBe('');
      expect(item.label.en.trim()).not.toBe('');
    }
  });

  it('uses unique ids', () => {
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    expect(new Set(subcategories.map((s) => s.id)).size).toBe(subcategories.length);
    expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
  });

  it('finds categories and sub-categories by LVAO code', () => {
    expect(categoryById('mobilier_et_decoration')?.label).toEqual({
      fr: 'Mobilier et décoration',
      en: 'Furniture and decoration',
    });
    expect(subcategoryById('meuble')).toMatchObject({
      categoryId: 'mobilier_et_decoration',
      reusePossible: true,
      shownOnMap: true,
    });
    expect(categoryById('nope')).toBeUndefined();
    expect(subcategoryById('nope')).toBeUndefined();
  });

  it('lists the objects of a sub-category and nothing for an unknown code', () => {
    expect(objectsOfSubcategory('meuble').map((o) => o.label)).toContain('Canapé');
    expect(objectsOfSubcategory('meuble').every((o) => o.subcategoryId === 'meuble')).toBe(true);
    expect(objectsOfSubcategory('nope')).toEqual([]);
    const total = subcategories.reduce((sum, s) => sum + objectsOfSubcategory(s.id).length, 0);
    expect(total).toBe(866);
  });
});
