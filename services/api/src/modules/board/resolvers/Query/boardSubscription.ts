import type { Context } from '../../../../shared/context';
import type { QueryBoardSubscriptionArgs } from '../../../../generated/graphql';

export const boardSubscription = (_: unknown, args: QueryBoardSubscriptionArgs, ctx: Context) =>
  ctx.board.subscription(ctx.viewer, args.organizationId);
