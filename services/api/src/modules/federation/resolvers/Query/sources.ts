import type { Context } from '../../../../shared/context';
import { sourcePolicy } from '../../sources/source.policy';

/** ADMIN: every source; EDITOR: their organisation's. */
export const sources = (_: unknown, __: unknown, ctx: Context) =>
  ctx.federation.listSources(sourcePolicy.scope(ctx.viewer));
