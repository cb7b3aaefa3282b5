import type { Context } from '../../../../shared/context';

export const clearOverride = (_: unknown, args: { placeId: string; version: number; field: string }, ctx: Context) =>
  ctx.backOffice.places.clearOverride(ctx.viewer, args.placeId, args.version, args.field);
