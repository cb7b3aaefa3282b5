import type { Context } from '../../../../shared/context';
import type { QuerySuggestionArgs } from '../../../../generated/graphql';

export const suggestion = (_: unknown, args: QuerySuggestionArgs, ctx: Context) =>
  ctx.backOffice.suggestions.get(ctx.viewer, args.id);
