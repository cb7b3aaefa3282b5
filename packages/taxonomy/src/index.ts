export type { LocalizedText } from './localized-text';
export { ACTION_IDS, DIRECTIONS, PLACE_KIND_IDS, type ActionId, type Direction, type PlaceKind } from './ids';
export { actions, actionById, actionByLvaoCode, actionsOfDirection, type ActionInfo } from './actions';
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
export { placeKinds, placeKindById, type PlaceKindInfo } from './place-kinds';
export { placeLabels, placeLabelById, placeLabelByLvaoCode, type LabelGroup, type PlaceLabel } from './place-labels';
export { synonyms, type Synonym } from './synonyms';
export { normalizeText, tokenize } from './normalize';
export {
  resolveObject,
  prepareObjectResolver,
  setExtraSynonyms,
  type MatchConfidence,
  type SubcategoryMatch,
} from './resolver/resolve-object';
export { hazardOf, hazardsBySubcategory, type Hazard, type HazardChannel } from './hazards';
export { conditionOf, suggestedActions, type ObjectCondition } from './routes';
export { TAXONOMY_ATTRIBUTION } from './attribution';
