import type { LocalizedText } from './localized-text';
import { categoryLabelsEn, subcategoryLabelsEn } from './english-labels';
import { lvaoCategories, lvaoSubcategories } from './generated/lvao-categories';
import { lvaoObjectRows } from './generated/lvao-objects';

export interface Category {
  id: string;
  label: LocalizedText;
  subcategoryIds: string[];
}

export interface Subcategory {
  id: string;
  label: LocalizedText;
  categoryId: string;
  reusePossible: boolean;
  shownOnMap: boolean;
}

export interface TaxonomyObject {
  id: string;
  label: string;
  subcategoryId: string;
}

export const subcategories: readonly Subcategory[] = lvaoSubcategories.map((s) => ({
  id: s.code,
  label: { fr: s.label, en: subcategoryLabelsEn[s.code] },
  categoryId: s.category,
  reusePossible: s.reusePossible,
  shownOnMap: s.shownOnMap,
}));

export const categories: readonly Category[] = lvaoCategories.map((c) => ({
  id: c.code,
  label: { fr: c.label, en: categoryLabelsEn[c.code] },
  subcategoryIds: subcategories.filter((s) => s.categoryId === c.code).map((s) => s.id),
}));

/** The LVAO everyday objects (French labels only), each in one sub-category. */
export const objects: readonly TaxonomyObject[] = lvaoObjectRows.map(([id, label, subcategoryId]) => ({
  id,
  label,
  subcategoryId,
}));

const categoriesById = new Map(categories.map((c) => [c.id, c]));
const subcategoriesById = new Map(subcategories.map((s) => [s.id, s]));
const objectsBySubcategory = groupObjects(objects);

function groupObjects(list: readonly TaxonomyObject[]): Map<string, TaxonomyObject[]> {
  const groups = new Map<string, TaxonomyObject[]>();
  for (const object of list) {
    const group = groups.get(object.subcategoryId) ?? [];
    group.push(object);
    groups.set(object.subcategoryId, group);
  }
  return groups;
}

/** The category with this LVAO code. */
export function categoryById(id: string): Category | undefined {
  return categoriesById.get(id);
}

/** The sub-category with this LVAO code. */
export function subcategoryById(id: string): Subcategory | undefined {
  return subcategoriesById.get(id);
}

/** The LVAO objects filed under a sub-category ([] for an unknown code). */
export function objectsOfSubcategory(id: string): readonly TaxonomyObject[] {
  return objectsBySubcategory.get(id) ?? [];
}
