import type { Context } from '../../../../shared/context';
import type { MutationRequestPasswordResetArgs } from '../../../../generated/graphql';

export const requestPasswordReset = async (_: unknown, args: MutationRequestPasswordResetArgs, ctx: Context) => {
  await ctx.backOffice.passwordResets.request(args.email, ctx.clientAddress);
  return true;
};
