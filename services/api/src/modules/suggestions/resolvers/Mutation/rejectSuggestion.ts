import type { Context } from '../../../../shared/context';
import { rejectSuggestion as reject } from '../../commands/review-suggestion';
import type { MutationRejectSuggestionArgs } from '../../../../generated/graphql';

export const rejectSuggestion = (_: unknown, args: MutationRejectSuggestionArgs, ctx: Context) =>
  reject(ctx.viewer, args);
