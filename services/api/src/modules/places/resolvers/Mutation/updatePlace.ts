import type { Context } from '../../../../shared/context';
import type { MutationUpdatePlaceArgs } from '../../../../generated/graphql';

export const updatePlace = (_: unknown, args: MutationUpdatePlaceArgs, ctx: Context) =>
  ctx.backOffice.places.update(ctx.viewer, args.id, args.version, args.fields);
