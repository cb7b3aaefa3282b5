import type { Context } from '../../../../shared/context';
import { actorOf } from '../../../../shared/viewer';
import type { MutationUpdateSourceOptionsArgs } from '../../../../generated/graphql';
import { sourcePolicy } from '../../sources/source.policy';

export const updateSourceOptions = (_: unknown, args: MutationUpdateSourceOptionsArgs, ctx: Context) => {
  const admin = sourcePolicy.changeOptions(ctx.viewer);
  return ctx.federation.updateSourceOptions(args.id, args.options ?? null, actorOf(admin));
};
