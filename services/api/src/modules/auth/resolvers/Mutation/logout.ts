import type { Context } from '../../../../shared/context';

export const logout = async (_: unknown, __: unknown, ctx: Context) => {
  await ctx.backOffice.auth.logout(ctx.viewer);
  ctx.session.clear();
  return true;
};
