import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const sources = (_: unknown, __: unknown, ctx: Context) => {
  requireImportStaff(ctx);
  return ctx.federation.listSources();
};
