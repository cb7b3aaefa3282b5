import type { Context } from '../../../../shared/context';
import type { MutationConfirmPlaceArgs } from '../../../../generated/graphql';

export const confirmPlace = (_: unknown, args: MutationConfirmPlaceArgs, ctx: Context) =>
  ctx.backOffice.places.confirm(ctx.viewer, args.id);
