import type { Context } from '../../../../shared/context';
import type { MutationClosePlacesArgs } from '../../../../generated/graphql';

export const closePlaces = async (_: unknown, args: MutationClosePlacesArgs, ctx: Context) => ({
  results: await ctx.backOffice.places.bulkClose(ctx.viewer, args.places, args.note),
  problems: [],
});
