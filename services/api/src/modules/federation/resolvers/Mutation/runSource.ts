import type { Context } from '../../../../shared/context';
import { requireImportStaff } from '../staff';

/** Starts the import and answers with its run at once; clients poll importRun(id) for progress. */
export const runSource = async (_: unknown, args: { id: string }, ctx: Context) => {
  requireImportStaff(ctx);
  const { runId } = await ctx.federation.importNow(args.id, 'API');
  return ctx.federation.getRun(String(runId));
};
