import type { Context } from '../../../../shared/context';

export const changePassword = async (
  _: unknown,
  args: { currentPassword: string; newPassword: string },
  ctx: Context,
) => {
  const result = await ctx.backOffice.auth.changePassword(ctx.viewer, args.currentPassword, args.newPassword);
  return result.ok ? { ok: true, viewer: null, problems: [] } : { ok: false, viewer: null, problems: result.problems };
};
