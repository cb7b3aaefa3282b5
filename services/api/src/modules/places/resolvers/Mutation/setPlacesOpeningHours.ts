import type { Context } from '../../../../shared/context';
import type { MutationSetPlacesOpeningHoursArgs } from '../../../../generated/graphql';

export const setPlacesOpeningHours = (_: unknown, args: MutationSetPlacesOpeningHoursArgs, ctx: Context) =>
  ctx.backOffice.places.bulkSetOpeningHours(ctx.viewer, args.places, args.openingHours ?? null);
