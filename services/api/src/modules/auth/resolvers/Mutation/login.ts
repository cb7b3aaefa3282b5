import type { Context } from '../../../../shared/context';
import { hashToken as hashOf } from '../../secrets';
import { presentViewer } from '../present';
import type { MutationLoginArgs } from '../../../../generated/graphql';

export const login = async (_: unknown, args: MutationLoginArgs, ctx: Context) => {
  const session = await ctx.backOffice.auth.login({
    ...args,
    address: ctx.clientAddress,
    device: ctx.session.device(),
    userAgent: null,
  });
  ctx.session.set(session.token, session.expiresAt);
  ctx.session.setDevice(session.device.token, session.device.expiresAt);
  const viewer = await ctx.backOffice.sessions.viewer(hashOf(session.token), new Date());
  return { viewer: await presentViewer(viewer!) };
};
