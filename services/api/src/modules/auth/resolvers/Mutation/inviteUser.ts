import type { Context } from '../../../../shared/context';
import type { InviteInput } from '../../user-admin.service';
import { userPolicy } from '../../user.policy';
import { presentLink } from '../present';

export const inviteUser = async (_: unknown, args: { input: InviteInput }, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  const result = await ctx.backOffice.users.invite(args.input);
  if (!result.ok) return { user: null, passwordLink: null, problems: result.problems };
  return { user: result.user, passwordLink: presentLink(result.link), problems: [] };
};
