import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';
import type { MutationUpdateUserArgs } from '../../../../generated/graphql';

export const updateUser = async (_: unknown, args: MutationUpdateUserArgs, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  const result = await ctx.backOffice.users.update(args.id, args.input);
  return result.ok ? { user: result.user, problems: [] } : { user: null, problems: result.problems };
};
