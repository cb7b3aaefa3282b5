import type { TypedDocumentNode } from '@apollo/client';
import confirmPlaceDocument from '../documents/confirm-place.graphql';
import decidePendingClosureDocument from '../documents/decide-pending-closure.graphql';
import pendingClosuresDocument from '../documents/pending-closures.graphql';
import placesToVerifyDocument from '../documents/places-to-verify.graphql';
import type {
  ConfirmPlaceMutation,
  ConfirmPlaceMutationVariables,
  DecidePendingClosureMutation,
  DecidePendingClosureMutationVariables,
  PendingClosuresQuery,
  PendingClosuresQueryVariables,
  PlacesToVerifyQuery,
  PlacesToVerifyQueryVariables,
} from '../../graphql/generated/operations';

/* Freshness from the back-office (« À vérifier », « Fermetures en attente »), against the places and
   federation schemas (types by `pnpm generate`). */
export type PlaceToVerify = PlacesToVerifyQuery['placesToVerify']['nodes'][number];
export type PendingClosure = PendingClosuresQuery['pendingClosures'][number];

export const PLACES_TO_VERIFY_QUERY = placesToVerifyDocument as TypedDocumentNode<
  PlacesToVerifyQuery,
  PlacesToVerifyQueryVariables
>;

export const CONFIRM_PLACE_MUTATION = confirmPlaceDocument as TypedDocumentNode<
  ConfirmPlaceMutation,
  ConfirmPlaceMutationVariables
>;

export const PENDING_CLOSURES_QUERY = pendingClosuresDocument as TypedDocumentNode<
  PendingClosuresQuery,
  PendingClosuresQueryVariables
>;

export const DECIDE_PENDING_CLOSURE_MUTATION = decidePendingClosureDocument as TypedDocumentNode<
  DecidePendingClosureMutation,
  DecidePendingClosureMutationVariables
>;
