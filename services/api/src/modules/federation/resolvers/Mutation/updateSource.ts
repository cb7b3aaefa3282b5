import type { Context } from '../../../../shared/context';
import { manageSource } from '../staff';
import type { MutationUpdateSourceArgs } from '../../../../generated/graphql';

export const updateSource = async (_: unknown, args: MutationUpdateSourceArgs, ctx: Context) => {
  await manageSource(ctx, args.id);
  return ctx.federation.updateSource(args.id, args.input);
};
