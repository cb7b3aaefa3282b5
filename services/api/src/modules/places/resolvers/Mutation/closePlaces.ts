import type { Context } from '../../../../shared/context';
import type { VersionedId } from '../../place-editor.service';

export const closePlaces = async (_: unknown, args: { places: VersionedId[]; note?: string | null }, ctx: Context) => ({
  results: await ctx.backOffice.places.bulkClose(ctx.viewer, args.places, args.note),
  problems: [],
});
