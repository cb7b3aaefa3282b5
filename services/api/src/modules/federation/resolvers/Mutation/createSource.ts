import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const createSource = (_: unknown, args: { input: Record<string, unknown> }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.createSource(args.input);
};
