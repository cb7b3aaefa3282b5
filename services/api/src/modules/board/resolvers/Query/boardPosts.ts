import type { Context } from '../../../../shared/context';
import type { QueryBoardPostsArgs } from '../../../../generated/graphql';
import { boardPosts as posts } from '../../board-posts.service';

export const boardPosts = async (_: unknown, args: QueryBoardPostsArgs, ctx: Context) => {
  const page = await posts.list(ctx.viewer, args.filter, args.first ?? 50, ctx.now);
  return { totalCount: page.totalCount, nodes: await ctx.board.present(page.nodes, ctx.viewer, ctx.now) };
};
