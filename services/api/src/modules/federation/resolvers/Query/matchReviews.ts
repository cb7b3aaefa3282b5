import type { Context } from '../../../../shared/context';
import { sourcesInScope } from '../staff';
import type { QueryMatchReviewsArgs } from '../../../../generated/graphql';

export const matchReviews = async (_: unknown, args: QueryMatchReviewsArgs, ctx: Context) =>
  ctx.federation.listReviews(args.status ?? 'PENDING', args.first, await sourcesInScope(ctx));
