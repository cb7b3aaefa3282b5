import type { Context } from '../../../../shared/context';

export const closePlace = (_: unknown, args: { id: string; version: number; note?: string | null }, ctx: Context) =>
  ctx.backOffice.places.setStatus(ctx.viewer, args.id, args.version, 'CLOSED', args.note);
