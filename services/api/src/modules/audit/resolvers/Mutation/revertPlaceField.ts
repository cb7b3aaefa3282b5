import type { Context } from '../../../../shared/context';
import type { MutationRevertPlaceFieldArgs } from '../../../../generated/graphql';

export const revertPlaceField = (_: unknown, args: MutationRevertPlaceFieldArgs, ctx: Context) =>
  ctx.backOffice.places.revertField(ctx.viewer, args.eventId, args.field, args.version);
