import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';
import { presentLink } from '../present';
import type { MutationIssuePasswordLinkArgs } from '../../../../generated/graphql';

export const issuePasswordLink = async (_: unknown, args: MutationIssuePasswordLinkArgs, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  return presentLink(await ctx.backOffice.users.passwordLink(args.userId));
};
