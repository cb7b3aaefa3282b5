import type { Context } from '../../../../shared/context';
import { manageSource, sourcesInScope } from '../staff';
import type { QueryImportRunsArgs } from '../../../../generated/graphql';

export const importRuns = async (_: unknown, args: QueryImportRunsArgs, ctx: Context) => {
  if (args.sourceId) await manageSource(ctx, args.sourceId);
  return ctx.federation.listRuns(args.sourceId, args.first, args.sourceId ? null : await sourcesInScope(ctx));
};
