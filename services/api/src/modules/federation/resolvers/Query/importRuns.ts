import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const importRuns = (_: unknown, args: { sourceId?: string | null; first?: number | null }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.listRuns(args.sourceId, args.first);
};
