import type { Context } from '../../../../shared/context';
import { sourcesInScope } from '../staff';
import type { QueryPendingClosuresArgs } from '../../../../generated/graphql';

export const pendingClosures = async (_: unknown, args: QueryPendingClosuresArgs, ctx: Context) =>
  ctx.federation.listPendingClosures(args.status ?? 'PENDING', await sourcesInScope(ctx));
