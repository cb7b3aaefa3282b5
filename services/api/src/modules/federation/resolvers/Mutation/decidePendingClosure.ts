import type { Context } from '../../../../shared/context';
import { actorOf } from '../../../../shared/viewer';
import { actorKey } from '../../uploads/import-upload';
import { manageSource } from '../staff';
import type { MutationDecidePendingClosureArgs } from '../../../../generated/graphql';

export const decidePendingClosure = async (_: unknown, args: MutationDecidePendingClosureArgs, ctx: Context) => {
  const pending = await ctx.federation.getPendingClosure(args.id);
  const staff = await manageSource(ctx, String(pending.sourceId));
  return ctx.federation.decideClosure(args.id, args.decision, actorKey(staff), actorOf(staff));
};
