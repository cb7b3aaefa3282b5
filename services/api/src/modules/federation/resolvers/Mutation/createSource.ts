import type { Context } from '../../../../shared/context';
import { sourcePolicy } from '../../sources/source.policy';
import type { MutationCreateSourceArgs } from '../../../../generated/graphql';

/** ADMIN: a source of no organisation; EDITOR: a source of their organisation. */
export const createSource = (_: unknown, args: MutationCreateSourceArgs, ctx: Context) => {
  const staff = sourcePolicy.manage(ctx.viewer, null);
  return ctx.federation.createSource(args.input, staff.role === 'ADMIN' ? null : staff.organizationId);
};
