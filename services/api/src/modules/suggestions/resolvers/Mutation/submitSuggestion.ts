import type { Context } from '../../../../shared/context';
import type { SubmitSuggestionInput } from '../../suggestions.service';

export const submitSuggestion = (_: unknown, args: { input: SubmitSuggestionInput }, ctx: Context) =>
  ctx.backOffice.suggestions.submit(args.input, ctx.clientAddress);
