import type { Context } from '../../../../shared/context';

export const requestPasswordReset = async (_: unknown, args: { email: string }, ctx: Context) => {
  await ctx.backOffice.passwordResets.request(args.email, ctx.clientAddress);
  return true;
};
