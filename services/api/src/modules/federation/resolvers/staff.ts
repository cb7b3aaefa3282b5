import type { Context } from '../../../shared/context';
import { notFound } from '../../../shared/errors';
import type { StaffViewer } from '../../../shared/viewer';
import { sourcePolicy } from '../sources/source.policy';

/** The source, if this viewer may manage it (sourcePolicy): NOT_FOUND / FORBIDDEN otherwise. */
export async function manageSource(ctx: Context, sourceId: string): Promise<StaffViewer> {
  sourcePolicy.scope(ctx.viewer);
  const source = await ctx.federation.getSource(sourceId);
  if (!source) throw notFound(`No source ${sourceId}.`);
  return sourcePolicy.manage(ctx.viewer, source);
}

/** Ids of the sources this viewer may see (null: every source, for admins). */
export function sourcesInScope(ctx: Context) {
  return ctx.federation.sourceIdsIn(sourcePolicy.scope(ctx.viewer));
}
