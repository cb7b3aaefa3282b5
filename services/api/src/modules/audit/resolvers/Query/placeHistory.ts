import type { Context } from '../../../../shared/context';

export const placeHistory = (_: unknown, args: { id: string; first?: number | null }, ctx: Context) =>
  ctx.backOffice.places.history(ctx.viewer, args.id, args.first);
