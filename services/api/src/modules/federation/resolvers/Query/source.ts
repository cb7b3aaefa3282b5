import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const source = (_: unknown, args: { id: string }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.getSource(args.id);
};
