import type { Context } from '../../../../shared/context';

export const updatePlace = (_: unknown, args: { id: string; version: number; fields: unknown }, ctx: Context) =>
  ctx.backOffice.places.update(ctx.viewer, args.id, args.version, args.fields);
