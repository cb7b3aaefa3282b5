import type { Context } from '../../../../shared/context';
import type { MutationCreatePlaceArgs } from '../../../../generated/graphql';

export const createPlace = (_: unknown, args: MutationCreatePlaceArgs, ctx: Context) =>
  ctx.backOffice.places.create(ctx.viewer, args.input);
