import type { Context } from '../../../../shared/context';
import { notFound } from '../../../../shared/errors';
import { actorKey } from '../../uploads/import-upload';
import { manageSource } from '../staff';
import type { MutationReviewMatchArgs } from '../../../../generated/graphql';

export const reviewMatch = async (_: unknown, args: MutationReviewMatchArgs, ctx: Context) => {
  const review = await ctx.federation.getReview(args.id);
  if (!review) throw notFound(`No match review ${args.id}.`);
  const staff = await manageSource(ctx, String(review.sourceId));
  return ctx.federation.decide(args.id, args.decision, actorKey(staff), ctx.viewer);
};
