import type { Context } from '../../../../shared/context';
import { manageSource } from '../staff';

export const updateSource = async (_: unknown, args: { id: string; input: Record<string, unknown> }, ctx: Context) => {
  await manageSource(ctx, args.id);
  return ctx.federation.updateSource(args.id, args.input);
};
