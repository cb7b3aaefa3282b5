import type { Context } from '../../../../shared/context';
import { manageSource, sourcesInScope } from '../staff';

export const importRuns = async (
  _: unknown,
  args: { sourceId?: string | null; first?: number | null },
  ctx: Context,
) => {
  if (args.sourceId) await manageSource(ctx, args.sourceId);
  return ctx.federation.listRuns(args.sourceId, args.first, args.sourceId ? null : await sourcesInScope(ctx));
};
