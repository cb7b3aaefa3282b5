import type { TypedDocumentNode } from '@apollo/client';
import findPlacesDocument from './documents/find-places.graphql';
import submitSuggestionDocument from './documents/submit-suggestion.graphql';
import type { Action, PlaceKind } from '../search/search-state';

/** services/api/src/modules/places/staff.graphql `PlaceFieldsInput` (leave a field out to keep it). */
export interface PlaceFieldsInput {
  name?: string;
  kind?: PlaceKind;
  description?: string | null;
  address?: {
    street?: string | null;
    postcode?: string | null;
    commune?: string | null;
    locality?: string | null;
    inseeCode?: string | null;
  };
  location?: { lat: number; lng: number };
  locationPrecision?: 'EXACT' | 'ADDRESS' | 'STREET' | 'COMMUNE';
  contact?: { phone?: string | null; email?: string | null; website?: string | null };
  openingHours?: string | null;
  offers?: { action: Action; subcategories: string[] }[];
  labels?: string[];
  audience?: 'PUBLIC' | 'PROFESSIONALS' | 'BOTH' | null;
  homeService?: boolean;
  appointmentOnly?: boolean;
  accessibility?: string | null;
}

export type SuggestionKind = 'CORRECTION' | 'CLOSED' | 'MOVED' | 'DUPLICATE' | 'NEW_PLACE';

export interface SuggestionInput {
  kind: SuggestionKind;
  placeId?: string | null;
  duplicateOfId?: string | null;
  fields?: PlaceFieldsInput | null;
  note?: string | null;
  contactEmail?: string | null;
  /** The honeypot: always '' from people. */
  website?: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const SUBMIT_SUGGESTION_MUTATION = submitSuggestionDocument as TypedDocumentNode<
  { submitSuggestion: { received: boolean; problems: FieldProblem[] } },
  { input: SuggestionInput }
>;

export interface FoundPlace {
  id: string;
  slug: string;
  name: string;
  kind: PlaceKind;
  address: { commune: string | null };
}

export const FIND_PLACES_QUERY = findPlacesDocument as TypedDocumentNode<
  { places: { edges: { node: FoundPlace }[] } },
  { text: string }
>;
