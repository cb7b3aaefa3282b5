import type { Context } from '../../../../shared/context';
import type { MutationUpdateBoardPostArgs } from '../../../../generated/graphql';

export const updateBoardPost = async (_: unknown, args: MutationUpdateBoardPostArgs, ctx: Context) => {
  const post = await ctx.board.update(ctx.viewer, args.id, args.input, ctx.now);
  return (await ctx.board.present([post], ctx.viewer, ctx.now))[0];
};
