import type { Context } from '../../../../shared/context';

export const suggestions = (
  _: unknown,
  args: { status?: string | null; placeId?: string | null; first?: number | null; after?: string | null },
  ctx: Context,
) => ctx.backOffice.suggestions.queue(ctx.viewer, args);
