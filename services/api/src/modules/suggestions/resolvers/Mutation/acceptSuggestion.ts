import type { Context } from '../../../../shared/context';
import { acceptSuggestion as accept } from '../../commands/review-suggestion';
import type { MutationAcceptSuggestionArgs } from '../../../../generated/graphql';

export const acceptSuggestion = (_: unknown, args: MutationAcceptSuggestionArgs, ctx: Context) =>
  accept(ctx.viewer, args, ctx.backOffice.writeDeps);
