import type { Context } from '../../../../shared/context';
import type { MutationCreateEventArgs } from '../../../../generated/graphql';

export const createEvent = (_: unknown, args: MutationCreateEventArgs, ctx: Context) =>
  ctx.events.create(ctx.viewer, args.input);
