import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const matchReviews = (_: unknown, args: { status?: string | null; first?: number | null }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.listReviews((args.status ?? 'PENDING') as 'PENDING', args.first);
};
