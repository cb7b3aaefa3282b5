import type { Context } from '../../../../shared/context';
import type { QueryBoardPostArgs } from '../../../../generated/graphql';
import { boardPosts } from '../../board-posts.service';

export const boardPost = async (_: unknown, args: QueryBoardPostArgs, ctx: Context) => {
  const post = await boardPosts.get(ctx.viewer, args.id, ctx.now);
  return post ? (await ctx.board.present([post], ctx.viewer, ctx.now))[0] : null;
};
