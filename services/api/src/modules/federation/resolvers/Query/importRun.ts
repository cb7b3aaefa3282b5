import type { Context } from '../../../../shared/context';
import { manageSource } from '../staff';
import type { QueryImportRunArgs } from '../../../../generated/graphql';

export const importRun = async (_: unknown, args: QueryImportRunArgs, ctx: Context) => {
  const run = await ctx.federation.getRun(args.id);
  if (!run) return null;
  await manageSource(ctx, String(run.sourceId));
  return run;
};
