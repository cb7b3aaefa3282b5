import type { TypedDocumentNode } from '@apollo/client';
import acceptSuggestionDocument from './documents/accept-suggestion.graphql';
import categoriesDocument from './documents/categories.graphql';
import clearOverrideDocument from './documents/clear-override.graphql';
import closePlaceDocument from './documents/close-place.graphql';
import closePlacesDocument from './documents/close-places.graphql';
import createPlaceDocument from './documents/create-place.graphql';
import loginDocument from './documents/login.graphql';
import logoutDocument from './documents/logout.graphql';
import managedPlaceDocument from './documents/managed-place.graphql';
import managedPlacesDocument from './documents/managed-places.graphql';
import placeHistoryDocument from './documents/place-history.graphql';
import publishPlaceDocument from './documents/publish-place.graphql';
import rejectSuggestionDocument from './documents/reject-suggestion.graphql';
import reopenPlaceDocument from './documents/reopen-place.graphql';
import setPlacesOpeningHoursDocument from './documents/set-places-opening-hours.graphql';
import suggestionsDocument from './documents/suggestions.graphql';
import updatePlaceDocument from './documents/update-place.graphql';
import viewerDocument from './documents/viewer.graphql';
import type {
  AcceptSuggestionMutation,
  AcceptSuggestionMutationVariables,
  CategoriesQuery,
  CategoriesQueryVariables,
  ClearOverrideMutation,
  ClearOverrideMutationVariables,
  ClosePlaceMutation,
  ClosePlaceMutationVariables,
  ClosePlacesMutation,
  ClosePlacesMutationVariables,
  CreatePlaceMutation,
  CreatePlaceMutationVariables,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  ManagedPlaceFieldsFragment,
  ManagedPlaceQuery,
  ManagedPlaceQueryVariables,
  ManagedPlacesQuery,
  ManagedPlacesQueryVariables,
  PlaceHistoryQuery,
  PlaceHistoryQueryVariables,
  PublishPlaceMutation,
  PublishPlaceMutationVariables,
  RejectSuggestionMutation,
  RejectSuggestionMutationVariables,
  ReopenPlaceMutation,
  ReopenPlaceMutationVariables,
  SetPlacesOpeningHoursMutation,
  SetPlacesOpeningHoursMutationVariables,
  SuggestionsQuery,
  SuggestionsQueryVariables,
  UpdatePlaceMutation,
  UpdatePlaceMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from '../graphql/generated/operations';

/*
 * Back-office operations, against services/api/src/modules/{auth,places/staff,suggestions,audit}
 * SDL, typed by `pnpm generate` like ../graphql/operations.ts; this file only loads with the /admin chunk.
 */
export type {
  ActorType,
  ManagedPlacesFilter,
  PlaceStatus,
  Role,
  SuggestionStatus,
} from '../graphql/generated/operations';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/**
 * Whether the viewer writes places (edit, confirm, notices, events): ADMIN any, EDITOR and STRUCTURE their
 * organisation's (services/api/src/modules/places/place.policy.ts). Moderators and collectivities read only.
 */
export const writesPlaces = (viewer: Viewer) =>
  viewer.role === 'ADMIN' || viewer.role === 'EDITOR' || viewer.role === 'STRUCTURE';

export const VIEWER_QUERY = viewerDocument as TypedDocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LOGIN_MUTATION = loginDocument as TypedDocumentNode<LoginMutation, LoginMutationVariables>;
export const LOGOUT_MUTATION = logoutDocument as TypedDocumentNode<LogoutMutation, LogoutMutationVariables>;

/** A place as staff see it; `place.sources` is empty for a place created by hand. */
export type ManagedPlace = ManagedPlaceFieldsFragment;

export const MANAGED_PLACES_QUERY = managedPlacesDocument as TypedDocumentNode<
  ManagedPlacesQuery,
  ManagedPlacesQueryVariables
>;

export const MANAGED_PLACE_QUERY = managedPlaceDocument as TypedDocumentNode<
  ManagedPlaceQuery,
  ManagedPlaceQueryVariables
>;

export type PlaceEditPayload = CreatePlaceMutation['createPlace'];

export const CREATE_PLACE_MUTATION = createPlaceDocument as TypedDocumentNode<
  CreatePlaceMutation,
  CreatePlaceMutationVariables
>;
export const UPDATE_PLACE_MUTATION = updatePlaceDocument as TypedDocumentNode<
  UpdatePlaceMutation,
  UpdatePlaceMutationVariables
>;

export const PUBLISH_PLACE_MUTATION = publishPlaceDocument as TypedDocumentNode<
  PublishPlaceMutation,
  PublishPlaceMutationVariables
>;
export const CLOSE_PLACE_MUTATION = closePlaceDocument as TypedDocumentNode<
  ClosePlaceMutation,
  ClosePlaceMutationVariables
>;
export const REOPEN_PLACE_MUTATION = reopenPlaceDocument as TypedDocumentNode<
  ReopenPlaceMutation,
  ReopenPlaceMutationVariables
>;
export const CLEAR_OVERRIDE_MUTATION = clearOverrideDocument as TypedDocumentNode<
  ClearOverrideMutation,
  ClearOverrideMutationVariables
>;

export type BulkPlacesPayload = ClosePlacesMutation['closePlaces'];
export const CLOSE_PLACES_MUTATION = closePlacesDocument as TypedDocumentNode<
  ClosePlacesMutation,
  ClosePlacesMutationVariables
>;
export const SET_PLACES_OPENING_HOURS_MUTATION = setPlacesOpeningHoursDocument as TypedDocumentNode<
  SetPlacesOpeningHoursMutation,
  SetPlacesOpeningHoursMutationVariables
>;

export type Category = CategoriesQuery['categories'][number];
export const CATEGORIES_QUERY = categoriesDocument as TypedDocumentNode<CategoriesQuery, CategoriesQueryVariables>;

export type Suggestion = SuggestionsQuery['suggestions']['nodes'][number];
export type FieldDiff = Suggestion['diff'][number];

export const SUGGESTIONS_QUERY = suggestionsDocument as TypedDocumentNode<SuggestionsQuery, SuggestionsQueryVariables>;

export type ReviewPayload = AcceptSuggestionMutation['acceptSuggestion'];
export const ACCEPT_SUGGESTION_MUTATION = acceptSuggestionDocument as TypedDocumentNode<
  AcceptSuggestionMutation,
  AcceptSuggestionMutationVariables
>;
export const REJECT_SUGGESTION_MUTATION = rejectSuggestionDocument as TypedDocumentNode<
  RejectSuggestionMutation,
  RejectSuggestionMutationVariables
>;

export type PlaceHistoryEvent = PlaceHistoryQuery['placeHistory'][number];
export const PLACE_HISTORY_QUERY = placeHistoryDocument as TypedDocumentNode<
  PlaceHistoryQuery,
  PlaceHistoryQueryVariables
>;
