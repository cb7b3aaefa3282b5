import type { Context } from '../../../../shared/context';
import type { MutationHideBoardPostArgs } from '../../../../generated/graphql';
import { badInput } from '../../../../shared/errors';
import { boardPosts } from '../../board-posts.service';

export const hideBoardPost = async (_: unknown, args: MutationHideBoardPostArgs, ctx: Context) => {
  const reason = args.reason.trim();
  if (!reason || reason.length > 500) throw badInput('Say why the post is hidden (at most 500 characters).', 'reason');
  const post = await boardPosts.moderate(ctx.viewer, args.id, 'HIDE', reason, ctx.now);
  ctx.logger.info({ post: args.id, reason }, 'board post hidden');
  return (await ctx.board.present([post], ctx.viewer, ctx.now))[0];
};
