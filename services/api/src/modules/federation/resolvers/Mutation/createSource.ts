import type { Context } from '../../../../shared/context';
import { sourcePolicy } from '../../source.policy';

/** ADMIN: a source of no organisation; EDITOR: a source of their organisation. */
export const createSource = (_: unknown, args: { input: Record<string, unknown> }, ctx: Context) => {
  const staff = sourcePolicy.manage(ctx.viewer, null);
  return ctx.federation.createSource(args.input, staff.role === 'ADMIN' ? null : staff.organizationId);
};
