import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const importRun = (_: unknown, args: { id: string }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.getRun(args.id);
};
