import type { Context } from '../../../../shared/context';
import type { QueryManagedPlacesArgs } from '../../../../generated/graphql';

export const managedPlaces = (_: unknown, args: QueryManagedPlacesArgs, ctx: Context) =>
  ctx.backOffice.places.list(ctx.viewer, { ...args.filter, first: args.first, after: args.after });
