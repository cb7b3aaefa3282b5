import type { Context } from '../../../../shared/context';

export const revertPlaceField = (_: unknown, args: { eventId: string; field: string; version: number }, ctx: Context) =>
  ctx.backOffice.places.revertField(ctx.viewer, args.eventId, args.field, args.version);
