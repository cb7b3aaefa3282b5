import type { TypedDocumentNode } from '@apollo/client';
import findPlacesDocument from './documents/find-places.graphql';
import submitSuggestionDocument from './documents/submit-suggestion.graphql';
import type {
  FindPlacesQuery,
  FindPlacesQueryVariables,
  SubmitSuggestionMutation,
  SubmitSuggestionMutationVariables,
} from './generated/operations';

/** `PlaceFieldsInput` of the API (leave a field out to keep it); `SuggestionInput.website` is the honeypot, always '' from people. */
export type { PlaceFieldsInput, SuggestionInput, SuggestionKind } from './generated/operations';

export type FieldProblem = SubmitSuggestionMutation['submitSuggestion']['problems'][number];

export const SUBMIT_SUGGESTION_MUTATION = submitSuggestionDocument as TypedDocumentNode<
  SubmitSuggestionMutation,
  SubmitSuggestionMutationVariables
>;

export type FoundPlace = FindPlacesQuery['places']['edges'][number]['node'];

export const FIND_PLACES_QUERY = findPlacesDocument as TypedDocumentNode<FindPlacesQuery, FindPlacesQueryVariables>;
