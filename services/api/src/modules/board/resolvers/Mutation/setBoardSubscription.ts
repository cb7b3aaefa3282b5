import type { Context } from '../../../../shared/context';
import type { MutationSetBoardSubscriptionArgs } from '../../../../generated/graphql';

export const setBoardSubscription = (_: unknown, args: MutationSetBoardSubscriptionArgs, ctx: Context) =>
  ctx.board.subscribe(ctx.viewer, args.organizationId, args.input);
