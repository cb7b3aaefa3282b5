import {
  actions,
  categories,
  categoryById,
  hazardOf,
  objectsOfSubcategory,
  placeKinds,
  placeLabels,
  resolveObject,
  subcategoryById,
  type Subcategory,
} from '@reemploi/taxonomy';
import { badInput } from '../../../shared/errors';
import { langKey, type Lang } from '../../../shared/context';

const MAX_TEXT = 200;
const localized = (parent: { label: { fr: string; en: string } }, args: { lang?: Lang }) =>
  parent.label[langKey(args.lang)];

export const taxonomyResolvers = {
  Query: {
    resolveObject: (_: unknown, args: { text: string; first?: number }) => {
      const first = args.first ?? 5;
      if (!Number.isInteger(first) || first < 1 || first > 20)
        throw badInput('first must be between 1 and 20.', 'first');
      if (args.text.length > MAX_TEXT) throw badInput(`text is limited to ${MAX_TEXT} characters.`, 'text');
      return resolveObject(args.text, first).flatMap((match) => {
        const subcategory = subcategoryById(match.subcategoryId);
        if (!subcategory) return [];
        const { score, matchedText, confidence } = match;
        return [{ subcategory, score, matchedText, confidence: confidence.toUpperCase() }];
      });
    },
    categories: () => categories,
    subcategory: (_: unknown, args: { id: string }) => subcategoryById(args.id) ?? null,
    actions: () => actions,
    placeKinds: () => placeKinds,
    labels: () => placeLabels,
  },
  ActionInfo: { label: localized },
  Category: {
    label: localized,
    subcategories: (category: { subcategoryIds: string[] }) =>
      category.subcategoryIds.map(subcategoryById).filter((s): s is Subcategory => s !== undefined),
  },
  Subcategory: {
    label: localized,
    category: (subcategory: Subcategory) => categoryById(subcategory.categoryId),
    hazard: (subcategory: Subcategory) => hazardOf(subcategory.id) ?? null,
    objects: (subcategory: Subcategory, args: { first?: number }) =>
      objectsOfSubcategory(subcategory.id).slice(0, Math.max(0, Math.min(args.first ?? 20, 200))),
  },
  Hazard: {
    advice: (hazard: { advice: { fr: string; en: string } }, args: { lang?: Lang }) =>
      hazard.advice[langKey(args.lang)],
  },
  PlaceKindInfo: { label: localized },
  Label: { label: localized },
};
