export type { LocalizedText } from './localized-text';
export {
  actions,
  actionById,
  actionByLvaoCode,
  actionsOfDirection,
  type ActionId,
  type ActionInfo,
  type Direction,
} from './actions';
export {
  categories,
  subcategories,
  objects,
  categoryById,
  subcategoryById,
  objectsOfSubcategory,
  type Category,
  type Subcategory,
  type TaxonomyObject,
} from './categories';
export { placeKinds, placeKindById, type PlaceKind, type PlaceKindInfo } from './place-kinds';
export { placeLabels, placeLabelById, placeLabelByLvaoCode, type LabelGroup, type PlaceLabel } from './place-labels';
export { synonyms, type Synonym } from './synonyms';
export { normalizeText, tokenize } from './normalize';
export { resolveObject, prepareObjectResolver, type SubcategoryMatch } from './resolver/resolve-object';
export { TAXONOMY_ATTRIBUTION } from './attribution';
