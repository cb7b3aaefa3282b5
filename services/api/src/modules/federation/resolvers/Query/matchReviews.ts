import type { Context } from '../../../../shared/context';
import { sourcesInScope } from '../staff';

export const matchReviews = async (_: unknown, args: { status?: string | null; first?: number | null }, ctx: Context) =>
  ctx.federation.listReviews((args.status ?? 'PENDING') as 'PENDING', args.first, await sourcesInScope(ctx));
