import type { Context } from '../../../../shared/context';
import type { StaffPlacesArgs } from '../../staff-place-query';

export const managedPlaces = (
  _: unknown,
  args: { filter?: Omit<StaffPlacesArgs, 'first' | 'after'> | null; first?: number | null; after?: string | null },
  ctx: Context,
) => ctx.backOffice.places.list(ctx.viewer, { ...args.filter, first: args.first, after: args.after });
