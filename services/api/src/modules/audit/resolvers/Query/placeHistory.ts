import type { Context } from '../../../../shared/context';
import type { QueryPlaceHistoryArgs } from '../../../../generated/graphql';

export const placeHistory = (_: unknown, args: QueryPlaceHistoryArgs, ctx: Context) =>
  ctx.backOffice.places.history(ctx.viewer, args.id, args.first);
