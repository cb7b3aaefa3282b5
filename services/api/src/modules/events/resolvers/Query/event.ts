import type { Context } from '../../../../shared/context';
import type { QueryEventArgs } from '../../../../generated/graphql';

export const event = (_: unknown, args: QueryEventArgs, ctx: Context) => ctx.events.find(args.id);
