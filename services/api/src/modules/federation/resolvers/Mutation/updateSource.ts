import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const updateSource = (_: unknown, args: { id: string; input: Record<string, unknown> }, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.updateSource(args.id, args.input);
};
