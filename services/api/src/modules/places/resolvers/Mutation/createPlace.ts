import type { Context } from '../../../../shared/context';
import type { PlaceStatus } from '../../commands/update-place';

export const createPlace = (
  _: unknown,
  args: { input: { fields: unknown; status?: PlaceStatus | null; organizationId?: string | null } },
  ctx: Context,
) => ctx.backOffice.places.create(ctx.viewer, args.input);
