import type { Context } from '../../../../shared/context';
import type { MutationCancelEventArgs } from '../../../../generated/graphql';

export const cancelEvent = (_: unknown, args: MutationCancelEventArgs, ctx: Context) =>
  ctx.events.cancel(ctx.viewer, args.id);
