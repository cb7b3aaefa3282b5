import type { Context } from '../../../../shared/context';

export const publishPlace = (_: unknown, args: { id: string; version: number }, ctx: Context) =>
  ctx.backOffice.places.setStatus(ctx.viewer, args.id, args.version, 'PUBLISHED');
