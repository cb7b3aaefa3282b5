import type { Context } from '../../../../shared/context';

export const place = (_: unknown, args: { id?: string | null; slug?: string | null }, ctx: Context) =>
  ctx.places.find(args);
