import type { Context } from '../../../../shared/context';
import type { MutationRestoreBoardPostArgs } from '../../../../generated/graphql';
import { boardPosts } from '../../board-posts.service';

export const restoreBoardPost = async (_: unknown, args: MutationRestoreBoardPostArgs, ctx: Context) => {
  const post = await boardPosts.moderate(ctx.viewer, args.id, 'RESTORE', null, ctx.now);
  return (await ctx.board.present([post], ctx.viewer, ctx.now))[0];
};
