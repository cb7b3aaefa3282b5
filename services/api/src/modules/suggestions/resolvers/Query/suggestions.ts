import type { Context } from '../../../../shared/context';
import type { QuerySuggestionsArgs } from '../../../../generated/graphql';

export const suggestions = (_: unknown, args: QuerySuggestionsArgs, ctx: Context) =>
  ctx.backOffice.suggestions.queue(ctx.viewer, args);
