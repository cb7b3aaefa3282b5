import type { Context } from '../../../../shared/context';
import { manageSource } from '../staff';
import type { MutationRunSourceArgs } from '../../../../generated/graphql';

/** Starts the import and answers with its run at once; clients poll importRun(id) for progress. */
export const runSource = async (_: unknown, args: MutationRunSourceArgs, ctx: Context) => {
  await manageSource(ctx, args.id);
  const { runId } = await ctx.federation.importNow(args.id, 'API');
  return ctx.federation.getRun(String(runId));
};
