import type { Context } from '../../../../shared/context';
import type { MutationClearOverrideArgs } from '../../../../generated/graphql';

export const clearOverride = (_: unknown, args: MutationClearOverrideArgs, ctx: Context) =>
  ctx.backOffice.places.clearOverride(ctx.viewer, args.placeId, args.version, args.field);
