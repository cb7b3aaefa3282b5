import type { Context } from '../../../../shared/context';
import type { MutationUpdateEventArgs } from '../../../../generated/graphql';

export const updateEvent = (_: unknown, args: MutationUpdateEventArgs, ctx: Context) =>
  ctx.events.update(ctx.viewer, args.id, args.input);
