import type { Context } from '../../../../shared/context';
import type { MutationSubmitSuggestionArgs } from '../../../../generated/graphql';

export const submitSuggestion = (_: unknown, args: MutationSubmitSuggestionArgs, ctx: Context) =>
  ctx.backOffice.suggestions.submit(args.input, ctx.clientAddress);
