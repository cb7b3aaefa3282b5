import type { Context } from '../../../../shared/context';

export const suggestion = (_: unknown, args: { id: string }, ctx: Context) =>
  ctx.backOffice.suggestions.get(ctx.viewer, args.id);
