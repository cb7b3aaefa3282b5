import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';
import { presentLink } from '../present';
import type { MutationInviteUserArgs } from '../../../../generated/graphql';

export const inviteUser = async (_: unknown, args: MutationInviteUserArgs, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  const result = await ctx.backOffice.users.invite(args.input);
  if (!result.ok) return { user: null, passwordLink: null, problems: result.problems };
  return { user: result.user, passwordLink: presentLink(result.link), problems: [] };
};
