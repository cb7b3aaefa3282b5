import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

export const reviewMatch = (_: unknown, args: { id: string; decision: 'SAME_PLACE' | 'SEPARATE' }, ctx: Context) => {
  const by = requireImportStaff(ctx);
  return ctx.federation.decide(args.id, args.decision, by);
};
