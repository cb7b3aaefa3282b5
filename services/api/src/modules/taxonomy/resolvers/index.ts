import {
  actions,
  categories,
  categoryById,
  conditionOf,
  hazardOf,
  objectsOfSubcategory,
  placeKinds,
  placeLabels,
  resolveObject,
  subcategoryById,
  suggestedActions,
  type Subcategory,
} from '@reemploi/taxonomy';
import { badInput } from '../../../shared/errors';
import { langKey, type Context, type Lang } from '../../../shared/context';
import type {
  MutationAddObjectSynonymArgs,
  MutationRemoveObjectSynonymArgs,
  MutationReportUnknownObjectArgs,
  QueryResolveObjectArgs,
  QuerySubcategoryArgs,
  QueryUnknownObjectQueriesArgs,
  SubcategoryObjectsArgs,
} from '../../../generated/graphql';
import {
  addObjectSynonym,
  objectSynonyms,
  refreshSynonyms,
  removeObjectSynonym,
  reportUnknownObject,
  unknownObjectQueries,
} from '../vocabulary.service';

const MAX_TEXT = 200;
const localized = (parent: { label: { fr: string; en: string } }, args: { lang?: Lang }) =>
  parent.label[langKey(args.lang)];

export const taxonomyResolvers = {
  Query: {
    resolveObject: (_: unknown, args: QueryResolveObjectArgs) => {
      const first = args.first ?? 5;
      if (!Number.isInteger(first) || first < 1 || first > 20)
        throw badInput('first must be between 1 and 20.', 'first');
      if (args.text.length > MAX_TEXT) throw badInput(`text is limited to ${MAX_TEXT} characters.`, 'text');
      // Staff synonyms added on other instances arrive within a minute; never awaited by residents.
      void refreshSynonyms().catch(() => undefined);
      const statedCondition = conditionOf(args.text);
      return resolveObject(args.text, first).flatMap((match) => {
        const subcategory = subcategoryById(match.subcategoryId);
        if (!subcategory) return [];
        const { score, matchedText, confidence } = match;
        const actions = suggestedActions(subcategory.id, statedCondition);
        return [
          {
            subcategory,
            score,
            matchedText,
            confidence: confidence.toUpperCase(),
            statedCondition,
            suggestedActions: actions,
          },
        ];
      });
    },
    categories: () => categories,
    subcategory: (_: unknown, args: QuerySubcategoryArgs) => subcategoryById(args.id) ?? null,
    actions: () => actions,
    placeKinds: () => placeKinds,
    labels: () => placeLabels,
    unknownObjectQueries: (_: unknown, args: QueryUnknownObjectQueriesArgs, ctx: Context) =>
      unknownObjectQueries(ctx.viewer, args.first ?? 50),
    objectSynonyms: (_: unknown, __: unknown, ctx: Context) => objectSynonyms(ctx.viewer),
  },
  Mutation: {
    reportUnknownObject: async (_: unknown, args: MutationReportUnknownObjectArgs, ctx: Context) => {
      await refreshSynonyms();
      // DNT: 1 / Sec-GPC: 1: not counted here either (docs/privacy.md); the daily counter feeds `insights`.
      const recorded = ctx.insights.counting && (await reportUnknownObject(args.text, args.pickedSubcategoryId));
      if (recorded) ctx.insights.countLookup(args.text, []);
      return recorded;
    },
    addObjectSynonym: (_: unknown, args: MutationAddObjectSynonymArgs, ctx: Context) =>
      addObjectSynonym(ctx.viewer, args.term, args.subcategoryId),
    removeObjectSynonym: (_: unknown, args: MutationRemoveObjectSynonymArgs, ctx: Context) =>
      removeObjectSynonym(ctx.viewer, args.id),
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
    objects: (subcategory: Subcategory, args: SubcategoryObjectsArgs) =>
      objectsOfSubcategory(subcategory.id).slice(0, Math.max(0, Math.min(args.first ?? 20, 200))),
  },
  Hazard: {
    advice: (hazard: { advice: { fr: string; en: string } }, args: { lang?: Lang }) =>
      hazard.advice[langKey(args.lang)],
  },
  PlaceKindInfo: { label: localized },
  Label: { label: localized },
};
