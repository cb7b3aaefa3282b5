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
import type { ApiLang, LocationPrecision } from '../graphql/operations';
import type { FieldProblem, PlaceFieldsInput, SuggestionKind } from '../graphql/suggestion-operations';
import type { Action, LatLng, PlaceKind } from '../search/search-state';

/*
 * Back-office operations, against services/api/src/modules/{auth,places/staff,suggestions,audit}
 * SDL. Typed by hand like ../graphql/operations.ts; this file only loads with the /admin chunk.
 */
export type Role = 'ADMIN' | 'EDITOR' | 'STRUCTURE' | 'MODERATOR';
export type PlaceStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'ARCHIVED';

export interface Viewer {
  role: Role;
  organizationId: string | null;
  user: { id: string; email: string; name: string | null } | null;
}

export const VIEWER_QUERY = viewerDocument as TypedDocumentNode<{ viewer: Viewer | null }, Record<string, never>>;
export const LOGIN_MUTATION = loginDocument as TypedDocumentNode<
  { login: { viewer: Viewer } },
  { email: string; password: string }
>;
export const LOGOUT_MUTATION = logoutDocument as TypedDocumentNode<{ logout: boolean }, Record<string, never>>;

export interface ManagedPlace {
  id: string;
  version: number;
  status: PlaceStatus;
  organizationId: string | null;
  overrides: string[];
  provenance: { field: string; source: string; overridden: boolean }[];
  place: {
    id: string;
    slug: string;
    name: string;
    kind: PlaceKind;
    description: string | null;
    address: {
      street: string | null;
      postcode: string | null;
      commune: string | null;
      locality: string | null;
      inseeCode: string | null;
    };
    location: LatLng;
    locationPrecision: LocationPrecision;
    contact: { phone: string | null; email: string | null; website: string | null };
    openingHours: string | null;
    offers: { action: Action; subcategories: { id: string; label: string }[] }[];
    labels: { id: string; label: string }[];
    audience: 'PUBLIC' | 'PROFESSIONALS' | 'BOTH' | null;
    homeService: boolean;
    appointmentOnly: boolean;
    accessibility: string | null;
    /** The sources that list the place; none for a place created by hand. */
    sources: { name: string }[];
  };
  createdAt: string;
  updatedAt: string;
}

export interface ManagedPlacesFilter {
  text?: string;
  statuses?: PlaceStatus[];
  kinds?: PlaceKind[];
}

export const MANAGED_PLACES_QUERY = managedPlacesDocument as TypedDocumentNode<
  {
    managedPlaces: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: ManagedPlace[];
    };
  },
  { filter?: ManagedPlacesFilter; first?: number; after?: string | null; lang: ApiLang }
>;

export const MANAGED_PLACE_QUERY = managedPlaceDocument as TypedDocumentNode<
  { managedPlace: ManagedPlace },
  { id: string; lang: ApiLang }
>;

export interface PlaceEditPayload {
  place: ManagedPlace | null;
  problems: FieldProblem[];
}

export const CREATE_PLACE_MUTATION = createPlaceDocument as TypedDocumentNode<
  { createPlace: PlaceEditPayload },
  { input: { fields: PlaceFieldsInput; status?: PlaceStatus; organizationId?: string | null }; lang: ApiLang }
>;
export const UPDATE_PLACE_MUTATION = updatePlaceDocument as TypedDocumentNode<
  { updatePlace: PlaceEditPayload },
  { id: string; version: number; fields: PlaceFieldsInput; lang: ApiLang }
>;

type VersionedVariables = { id: string; version: number; lang: ApiLang };
export const PUBLISH_PLACE_MUTATION = publishPlaceDocument as TypedDocumentNode<
  { publishPlace: ManagedPlace },
  VersionedVariables
>;
export const CLOSE_PLACE_MUTATION = closePlaceDocument as TypedDocumentNode<
  { closePlace: ManagedPlace },
  VersionedVariables & { note?: string | null }
>;
export const REOPEN_PLACE_MUTATION = reopenPlaceDocument as TypedDocumentNode<
  { reopenPlace: ManagedPlace },
  VersionedVariables
>;
export const CLEAR_OVERRIDE_MUTATION = clearOverrideDocument as TypedDocumentNode<
  { clearOverride: ManagedPlace },
  { placeId: string; version: number; field: string; lang: ApiLang }
>;

export interface BulkPlacesPayload {
  results: { id: string; error: { code: string; message: string } | null }[];
  problems: FieldProblem[];
}
type PlaceVersion = { id: string; version: number };
export const CLOSE_PLACES_MUTATION = closePlacesDocument as TypedDocumentNode<
  { closePlaces: BulkPlacesPayload },
  { places: PlaceVersion[]; note?: string | null }
>;
export const SET_PLACES_OPENING_HOURS_MUTATION = setPlacesOpeningHoursDocument as TypedDocumentNode<
  { setPlacesOpeningHours: BulkPlacesPayload },
  { places: PlaceVersion[]; openingHours: string | null }
>;

export interface Category {
  id: string;
  label: string;
  subcategories: { id: string; label: string }[];
}
export const CATEGORIES_QUERY = categoriesDocument as TypedDocumentNode<{ categories: Category[] }, { lang: ApiLang }>;

export type SuggestionStatus = 'PENDING' | 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'REJECTED';

export interface FieldDiff {
  field: string;
  current: unknown;
  proposed: unknown;
  differs: boolean;
}

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  note: string | null;
  contactEmail: string | null;
  submittedAt: string;
  placeVersionAtSubmission: number | null;
  place: { id: string; version: number; place: { id: string; slug: string; name: string } } | null;
  duplicateOf: { id: string; place: { id: string; slug: string; name: string } } | null;
  diff: FieldDiff[];
  review: { by: string | null; at: string | null; reason: string | null; acceptedFields: string[] } | null;
}

export const SUGGESTIONS_QUERY = suggestionsDocument as TypedDocumentNode<
  {
    suggestions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Suggestion[];
    };
  },
  { status?: SuggestionStatus; first?: number; after?: string | null }
>;

export interface ReviewPayload {
  suggestion: { id: string; status: SuggestionStatus } | null;
  problems: FieldProblem[];
}
export const ACCEPT_SUGGESTION_MUTATION = acceptSuggestionDocument as TypedDocumentNode<
  { acceptSuggestion: ReviewPayload },
  { id: string; fields?: string[] | null; placeVersion?: number | null }
>;
export const REJECT_SUGGESTION_MUTATION = rejectSuggestionDocument as TypedDocumentNode<
  { rejectSuggestion: ReviewPayload },
  { id: string; reason: string }
>;

/** `ActorType` of the audit SDL. Events keep a plain string: the API may add a type before the app knows it. */
export type ActorType = 'USER' | 'ADMIN_TOKEN' | 'IMPORT' | 'SUGGESTION' | 'SYSTEM';

export interface PlaceHistoryEvent {
  id: string;
  at: string;
  action: 'CREATE' | 'UPDATE' | 'STATUS' | 'CLEAR_OVERRIDE' | 'REVERT' | 'SUGGESTION' | 'IMPORT';
  actor: { type: string; email: string | null; sourceName: string | null };
  changes: { field: string; before: unknown; after: unknown }[];
  version: number | null;
  note: string | null;
}
export const PLACE_HISTORY_QUERY = placeHistoryDocument as TypedDocumentNode<
  { placeHistory: PlaceHistoryEvent[] },
  { id: string }
>;
