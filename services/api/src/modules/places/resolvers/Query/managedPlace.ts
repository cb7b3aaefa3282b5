import type { Context } from '../../../../shared/context';
import type { QueryManagedPlaceArgs } from '../../../../generated/graphql';

export const managedPlace = (_: unknown, args: QueryManagedPlaceArgs, ctx: Context) =>
  ctx.backOffice.places.get(ctx.viewer, args.id);
