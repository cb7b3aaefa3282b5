import type { Context } from '../../../../shared/context';
import { rejectSuggestion as reject } from '../../commands/review-suggestion';

export const rejectSuggestion = (_: unknown, args: { id: string; reason: string }, ctx: Context) =>
  reject(ctx.viewer, args);
