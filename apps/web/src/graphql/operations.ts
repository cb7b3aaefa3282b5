import type { TypedDocumentNode } from '@apollo/client';
import mapFeaturesDocument from './documents/map-features.graphql';
import objectCategoriesDocument from './documents/object-categories.graphql';
import placePageDocument from './documents/place-page.graphql';
import resolveObjectDocument from './documents/resolve-object.graphql';
import searchPlacesDocument from './documents/search-places.graphql';
import taxonomyDocument from './documents/taxonomy.graphql';
import type { Action, BBox, LatLng, PlaceFilterInput, PlaceKind } from '../search/search-state';

/*
 * Client operations (documents in ./documents, parsed at build time so the GraphQL parser stays out
 * of the bundle) and their result types, written by hand against services/api's SDL. A GraphQL Code
 * Generator step can replace these types once the API publishes its schema snapshot.
 */
export type ApiLang = 'FR' | 'EN';

export interface TaxonomyData {
  actions: { id: Action; label: string; directions: ('HAVE' | 'SEEK')[] }[];
  placeKinds: { id: PlaceKind; label: string }[];
  labels: { id: string; label: string; group: string }[];
}

export const TAXONOMY_QUERY = taxonomyDocument as TypedDocumentNode<TaxonomyData, { lang: ApiLang }>;

export interface Hazard {
  channel: 'PHARMACY' | 'HAZARDOUS_WASTE_DROP_OFF' | 'RETAILER_TAKE_BACK' | 'SPECIALIST';
  advice: string;
}

export interface SubcategoryMatch {
  score: number;
  /** LOW: only part of the text is recognised; show the match as a guess. */
  confidence: 'HIGH' | 'MEDIUM' | 'LOW';
  matchedText: string;
  subcategory: {
    id: string;
    label: string;
    category: { id: string; label: string };
    hazard: Hazard | null;
  };
}

export interface ObjectCategoriesData {
  categories: { id: string; label: string; subcategories: { id: string; label: string }[] }[];
}

export const OBJECT_CATEGORIES_QUERY = objectCategoriesDocument as TypedDocumentNode<
  ObjectCategoriesData,
  { lang: ApiLang }
>;

export const RESOLVE_OBJECT_QUERY = resolveObjectDocument as TypedDocumentNode<
  { resolveObject: SubcategoryMatch[] },
  { text: string; lang: ApiLang; first?: number }
>;

export interface SubcategoryRef {
  id: string;
  label: string;
}

export interface OfferSummary {
  action: Action;
  subcategories: SubcategoryRef[];
}

export type LocationPrecision = 'EXACT' | 'ADDRESS' | 'STREET' | 'COMMUNE';

export interface PlaceSummary {
  id: string;
  slug: string;
  name: string;
  kind: PlaceKind;
  address: { street: string | null; postcode: string | null; commune: string | null; locality: string | null };
  location: LatLng;
  locationPrecision: LocationPrecision;
  /** How far the place may be from `location` (2000 m for a commune centre, 0 when exact). */
  locationUncertaintyMeters: number;
  distanceMeters: number | null;
  openNow: boolean | null;
  nextChangeAt: string | null;
  offers: OfferSummary[];
  labels: { id: string; label: string }[];
  homeService: boolean;
  appointmentOnly: boolean;
  isDemo: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface PlaceFacets {
  actions: FacetCount[];
  kinds: FacetCount[];
  labels: FacetCount[];
}

export interface SearchPlacesData {
  places: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: PlaceFacets;
    edges: { cursor: string; node: PlaceSummary }[];
  };
}

export interface SearchPlacesVariables {
  filter: PlaceFilterInput;
  near?: LatLng | null;
  radiusKm?: number | null;
  bbox?: BBox | null;
  first?: number;
  after?: string | null;
  lang: ApiLang;
}

export const SEARCH_PLACES_QUERY = searchPlacesDocument as TypedDocumentNode<SearchPlacesData, SearchPlacesVariables>;

export interface MapFeature {
  type: 'CLUSTER' | 'PLACE';
  lat: number;
  lng: number;
  count: number;
  expansionZoom: number | null;
  place: { id: string; slug: string; name: string } | null;
}

export const MAP_FEATURES_QUERY = mapFeaturesDocument as TypedDocumentNode<
  { mapFeatures: MapFeature[] },
  { bbox: BBox; zoom: number; filter: PlaceFilterInput }
>;

export interface DayHours {
  date: string;
  weekday: number;
  intervals: { opens: string; closes: string }[];
  holiday: string | null;
}

export interface PlaceDetail extends PlaceSummary {
  /** In the page's language when we have it, else in French (compare with descriptionFr). */
  description: string | null;
  descriptionFr: string | null;
  address: PlaceSummary['address'] & { inseeCode: string | null };
  openingHours: string | null;
  /** Typical hours for the kind of place (demo data), not published ones. */
  hoursAreIllustrative: boolean;
  weekHours: DayHours[];
  audience: 'PUBLIC' | 'PROFESSIONALS' | 'BOTH' | null;
  accessibility: string | null;
  contact: { phone: string | null; email: string | null; website: string | null };
  sources: {
    name: string;
    licence: string | null;
    attribution: string | null;
    url: string | null;
    lastSeenAt: string | null;
  }[];
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'ARCHIVED';
  updatedAt: string;
}

export const PLACE_QUERY = placePageDocument as TypedDocumentNode<
  { place: PlaceDetail | null },
  { slug: string; lang: ApiLang }
>;
