import type { Context } from '../../../../shared/context';

export const managedPlace = (_: unknown, args: { id: string }, ctx: Context) =>
  ctx.backOffice.places.get(ctx.viewer, args.id);
