import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';
import type { Role } from '../../../../shared/viewer';

export const updateUser = async (
  _: unknown,
  args: { id: string; input: { role?: Role | null; organizationId?: string | null; disabled?: boolean | null } },
  ctx: Context,
) => {
  userPolicy.manageUsers(ctx.viewer);
  const result = await ctx.backOffice.users.update(args.id, args.input);
  return result.ok ? { user: result.user, problems: [] } : { user: null, problems: result.problems };
};
