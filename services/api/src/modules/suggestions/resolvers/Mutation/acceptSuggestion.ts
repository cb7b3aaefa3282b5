import type { Context } from '../../../../shared/context';
import { acceptSuggestion as accept } from '../../commands/review-suggestion';

export const acceptSuggestion = (
  _: unknown,
  args: { id: string; fields?: string[] | null; placeVersion?: number | null },
  ctx: Context,
) => accept(ctx.viewer, args, ctx.backOffice.writeDeps);
