import type { Context } from '../../../../shared/context';
import { sourcePolicy } from '../../sources/source.policy';
import type { QuerySourceArgs } from '../../../../generated/graphql';

export const source = async (_: unknown, args: QuerySourceArgs, ctx: Context) => {
  sourcePolicy.scope(ctx.viewer);
  const found = await ctx.federation.getSource(args.id);
  if (!found) return null;
  sourcePolicy.manage(ctx.viewer, found);
  return found;
};
