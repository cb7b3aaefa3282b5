import type { Context } from '../../../../shared/context';
import type { MutationCloseBoardPostArgs } from '../../../../generated/graphql';
import { boardPosts } from '../../board-posts.service';

export const closeBoardPost = async (_: unknown, args: MutationCloseBoardPostArgs, ctx: Context) => {
  const post = await boardPosts.close(ctx.viewer, args.id);
  return (await ctx.board.present([post], ctx.viewer, ctx.now))[0];
};
