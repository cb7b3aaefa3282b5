import type { Context } from '../../../../shared/context';
import type { QueryManagedEventsArgs } from '../../../../generated/graphql';

export const managedEvents = (_: unknown, args: QueryManagedEventsArgs, ctx: Context) =>
  ctx.events.managed(ctx.viewer, args.first ?? 100, ctx.now);
