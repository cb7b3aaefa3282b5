import { acceptSuggestion } from './Mutation/acceptSuggestion';
import { rejectSuggestion } from './Mutation/rejectSuggestion';
import { submitSuggestion } from './Mutation/submitSuggestion';
import { suggestion } from './Query/suggestion';
import { suggestions } from './Query/suggestions';
import { Suggestion } from './Suggestion';

export const suggestionsResolvers = {
  Query: { suggestions, suggestion },
  Mutation: { submitSuggestion, acceptSuggestion, rejectSuggestion },
  Suggestion,
};
