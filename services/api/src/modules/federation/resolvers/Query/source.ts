import type { Context } from '../../../../shared/context';
import { sourcePolicy } from '../../source.policy';

export const source = async (_: unknown, args: { id: string }, ctx: Context) => {
  sourcePolicy.scope(ctx.viewer);
  const found = await ctx.federation.getSource(args.id);
  if (!found) return null;
  sourcePolicy.manage(ctx.viewer, found);
  return found;
};
