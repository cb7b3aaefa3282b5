import type { Context } from '../../../../shared/context';
import type { MutationChangePasswordArgs } from '../../../../generated/graphql';

export const changePassword = async (_: unknown, args: MutationChangePasswordArgs, ctx: Context) => {
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
