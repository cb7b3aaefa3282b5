import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';
import { presentLink } from '../present';

export const issuePasswordLink = async (_: unknown, args: { userId: string }, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  return presentLink(await ctx.backOffice.users.passwordLink(args.userId));
};
