import { subcategoryById } from '@reemploi/taxonomy';
import { isValidObjectId } from 'mongoose';
import type { Context } from '../../../shared/context';
import { badInput } from '../../../shared/errors';
import type {
  InsightsCommunesArgs,
  InsightsUnknownPhrasesArgs,
  MutationAnswerFoundItArgs,
  MutationCountPlaceOutcomeArgs,
  QueryInsightsArgs,
  QueryStructureInsightsArgs,
} from '../../../generated/graphql';
import {
  feedbackAnswers,
  monthFigures,
  placeFigures,
  soughtNear,
  searchesByDay,
  soughtSubcategories,
  unknownPhrases,
  unmetByCommune,
} from '../insights-queries';
import { type InsightsScope, insightsScope, requireTerritory, tooMany, validateRange } from './insights-scope';
import { type StructureScope, structureOf, structureScope } from './structure-insights';

const withNames =
  (ctx: Context) =>
  <T extends { placeId: string }>(figures: T) => ({
    ...figures,
    name: ctx.directory.index.get(figures.placeId)?.name ?? null,
  });

const knownPlace = (ctx: Context, placeId: string) => {
  if (!isValidObjectId(placeId) || !ctx.directory.index.get(placeId))
    throw badInput(`"${placeId}" is not a published place.`, 'placeId');
};

/** Resolvers of the insights module (schema.graphql). */
export const insightsResolvers = {
  Query: {
    insights: async (_: unknown, args: QueryInsightsArgs, ctx: Context): Promise<InsightsScope> =>
      insightsScope(ctx.viewer, validateRange(args.from, args.to), args.organizationId ?? null),
    structureInsights: async (_: unknown, args: QueryStructureInsightsArgs, ctx: Context): Promise<StructureScope> => {
      const organizationId = structureOf(ctx.viewer, args.organizationId ?? null);
      return structureScope(organizationId, validateRange(args.from, args.to));
    },
  },
  StructureInsights: {
    from: (scope: StructureScope) => scope.range.from,
    to: (scope: StructureScope) => scope.range.to,
    months: (scope: StructureScope) => monthFigures(scope.range, scope.placeIds),
    places: async (scope: StructureScope, _: unknown, ctx: Context) =>
      (await placeFigures(scope.range, scope.placeIds)).map(withNames(ctx)),
    soughtNearby: (scope: StructureScope) => soughtNear(scope.range, scope.nearby, scope.offered),
  },
  Insights: {
    from: (scope: InsightsScope) => scope.range.from,
    to: (scope: InsightsScope) => scope.range.to,
    searchesByDay: (scope: InsightsScope) => (requireTerritory(scope), searchesByDay(scope.range)),
    communes: (scope: InsightsScope, args: InsightsCommunesArgs) => {
      requireTerritory(scope);
      return unmetByCommune(scope.range, args.subcategoryIds ?? null);
    },
    unknownPhrases: (scope: InsightsScope, args: InsightsUnknownPhrasesArgs) => {
      requireTerritory(scope);
      const error = tooMany(args.first ?? 50);
      if (error) throw error;
      return unknownPhrases(scope.range, args.first ?? 50);
    },
    subcategories: (scope: InsightsScope) => (requireTerritory(scope), soughtSubcategories(scope.range)),
    feedback: (scope: InsightsScope) => feedbackAnswers(scope.range, scope.placeIds),
    places: async (scope: InsightsScope, _: unknown, ctx: Context) =>
      (await placeFigures(scope.range, scope.placeIds)).map(withNames(ctx)),
  },
  Mutation: {
    countPlaceOutcome: (_: unknown, args: MutationCountPlaceOutcomeArgs, ctx: Context) => {
      knownPlace(ctx, args.placeId);
      ctx.insights.countOutcome(args.placeId, args.outcome);
      return ctx.insights.counting;
    },
    answerFoundIt: (_: unknown, args: MutationAnswerFoundItArgs, ctx: Context) => {
      if (args.placeId != null) knownPlace(ctx, args.placeId);
      if (args.subcategoryId != null && !subcategoryById(args.subcategoryId))
        throw badInput(`"${args.subcategoryId}" is not a sub-category.`, 'subcategoryId');
      ctx.insights.countFeedback(args.answer, args.placeId ?? null, args.subcategoryId ?? null);
      return ctx.insights.counting;
    },
  },
};
