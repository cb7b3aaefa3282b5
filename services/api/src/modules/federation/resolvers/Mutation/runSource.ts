import type { Context } from '../../../../shared/context';
import { manageSource } from '../staff';

/** Starts the import and answers with its run at once; clients poll importRun(id) for progress. */
export const runSource = async (_: unknown, args: { id: string }, ctx: Context) => {
  await manageSource(ctx, args.id);
  const { runId } = await ctx.federation.importNow(args.id, 'API');
  return ctx.federation.getRun(String(runId));
};
