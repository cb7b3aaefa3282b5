import type { Context } from '../../../../shared/context';
import type { MutationCreateBoardPostArgs } from '../../../../generated/graphql';

export const createBoardPost = async (_: unknown, args: MutationCreateBoardPostArgs, ctx: Context) => {
  const post = await ctx.board.create(ctx.viewer, args.organizationId, args.input, ctx.now);
  return (await ctx.board.present([post], ctx.viewer, ctx.now))[0];
};
