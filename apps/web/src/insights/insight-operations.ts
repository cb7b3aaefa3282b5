import type { TypedDocumentNode } from '@apollo/client';
import answerFoundItDocument from '../graphql/documents/answer-found-it.graphql';
import countPlaceOutcomeDocument from '../graphql/documents/count-place-outcome.graphql';
import type {
  AnswerFoundItMutation,
  AnswerFoundItMutationVariables,
  CountPlaceOutcomeMutation,
  CountPlaceOutcomeMutationVariables,
} from '../graphql/generated/operations';

export type { FoundItAnswer, PlaceOutcome } from '../graphql/generated/operations';

export const COUNT_PLACE_OUTCOME_MUTATION = countPlaceOutcomeDocument as TypedDocumentNode<
  CountPlaceOutcomeMutation,
  CountPlaceOutcomeMutationVariables
>;
export const ANSWER_FOUND_IT_MUTATION = answerFoundItDocument as TypedDocumentNode<
  AnswerFoundItMutation,
  AnswerFoundItMutationVariables
>;
