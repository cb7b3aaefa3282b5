import type { Context } from '../../../../shared/context';
import type { VersionedId } from '../../place-editor.service';

export const setPlacesOpeningHours = (
  _: unknown,
  args: { places: VersionedId[]; openingHours?: string | null },
  ctx: Context,
) => ctx.backOffice.places.bulkSetOpeningHours(ctx.viewer, args.places, args.openingHours ?? null);
