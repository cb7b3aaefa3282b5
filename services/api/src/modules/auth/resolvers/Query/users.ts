import type { Context } from '../../../../shared/context';
import { userPolicy } from '../../user.policy';

export const users = (_: unknown, __: unknown, ctx: Context) => {
  userPolicy.manageUsers(ctx.viewer);
  return ctx.backOffice.users.list();
};
