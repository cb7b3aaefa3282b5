import type { Context } from '../../../../shared/context';

export const changePassword = async (
  _: unknown,
  args: { currentPassword: string; newPassword: string },
  ctx: Context,
) => {
  const result = await ctx.backOffice.auth.changePassword(ctx.viewer, {
    ...args,
    address: ctx.clientAddress,
    device: ctx.session.device(),
  });
  if (!result.ok) return { ok: false, viewer: null, problems: result.problems };
  // Every session closed with the old password; this browser goes on with a new one.
  ctx.session.set(result.session.token, result.session.expiresAt);
  return { ok: true, viewer: null, problems: [] };
};
