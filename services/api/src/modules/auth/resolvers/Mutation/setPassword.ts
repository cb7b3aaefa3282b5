import type { Context } from '../../../../shared/context';
import { hashToken } from '../../secrets';
import { presentViewer } from '../present';
import type { MutationSetPasswordArgs } from '../../../../generated/graphql';

export const setPassword = async (_: unknown, args: MutationSetPasswordArgs, ctx: Context) => {
  const result = await ctx.backOffice.auth.setPasswordWithToken(args.token, args.password, ctx.session.device());
  if (!result.ok) return { ok: false, viewer: null, problems: result.problems };
  ctx.session.set(result.token, result.expiresAt);
  ctx.session.setDevice(result.device.token, result.device.expiresAt);
  const viewer = await ctx.backOffice.sessions.viewer(hashToken(result.token), new Date());
  return { ok: true, viewer: viewer ? await presentViewer(viewer) : null, problems: [] };
};
