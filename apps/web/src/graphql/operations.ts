import type { TypedDocumentNode } from '@apollo/client';
import mapFeaturesDocument from './documents/map-features.graphql';
import objectCategoriesDocument from './documents/object-categories.graphql';
import placePageDocument from './documents/place-page.graphql';
import reportUnknownObjectDocument from './documents/report-unknown-object.graphql';
import resolveObjectDocument from './documents/resolve-object.graphql';
import searchPlacesDocument from './documents/search-places.graphql';
import taxonomyDocument from './documents/taxonomy.graphql';
import type {
  Lang,
  MapFeaturesQuery,
  MapFeaturesQueryVariables,
  ObjectCategoriesQuery,
  ObjectCategoriesQueryVariables,
  PlacePageQuery,
  PlacePageQueryVariables,
  PlaceSummaryFragment,
  ReportUnknownObjectMutation,
  ReportUnknownObjectMutationVariables,
  ResolveObjectQuery,
  ResolveObjectQueryVariables,
  SearchPlacesQuery,
  SearchPlacesQueryVariables,
  TaxonomyQuery,
  TaxonomyQueryVariables,
} from './generated/operations';

/*
 * Client operations: documents in ./documents, parsed at build time so the GraphQL parser stays out
 * of the bundle, paired with the result and variable types `pnpm generate` derives from them and the
 * API's schema snapshot (./generated, never edited by hand). The names below are the app's words for them.
 */
export type { LocationPrecision } from './generated/operations';
export type ApiLang = Lang;

export type TaxonomyData = TaxonomyQuery;
export const TAXONOMY_QUERY = taxonomyDocument as TypedDocumentNode<TaxonomyQuery, TaxonomyQueryVariables>;

export type SubcategoryMatch = ResolveObjectQuery['resolveObject'][number];
export type Hazard = NonNullable<SubcategoryMatch['subcategory']['hazard']>;

export type ObjectCategoriesData = ObjectCategoriesQuery;
/** Counts, anonymously, a text that matched nothing and the sub-category the resident picked instead. */
export const REPORT_UNKNOWN_OBJECT_MUTATION = reportUnknownObjectDocument as TypedDocumentNode<
  ReportUnknownObjectMutation,
  ReportUnknownObjectMutationVariables
>;

export const OBJECT_CATEGORIES_QUERY = objectCategoriesDocument as TypedDocumentNode<
  ObjectCategoriesQuery,
  ObjectCategoriesQueryVariables
>;

export const RESOLVE_OBJECT_QUERY = resolveObjectDocument as TypedDocumentNode<
  ResolveObjectQuery,
  ResolveObjectQueryVariables
>;

export type PlaceSummary = PlaceSummaryFragment;
export type OfferSummary = PlaceSummary['offers'][number];
export type SubcategoryRef = OfferSummary['subcategories'][number];

export type SearchPlacesData = SearchPlacesQuery;
export type SearchPlacesVariables = SearchPlacesQueryVariables;
export type PlaceFacets = SearchPlacesQuery['places']['facets'];
export type FacetCount = PlaceFacets['actions'][number];
export const SEARCH_PLACES_QUERY = searchPlacesDocument as TypedDocumentNode<
  SearchPlacesQuery,
  SearchPlacesQueryVariables
>;

export type MapFeature = MapFeaturesQuery['mapFeatures'][number];
export const MAP_FEATURES_QUERY = mapFeaturesDocument as TypedDocumentNode<MapFeaturesQuery, MapFeaturesQueryVariables>;

/** A place's page: `description` in the page's language when we have it, else in French (compare with descriptionFr). */
export type PlaceDetail = NonNullable<PlacePageQuery['place']>;
export type DayHours = PlaceDetail['weekHours'][number];
export const PLACE_QUERY = placePageDocument as TypedDocumentNode<PlacePageQuery, PlacePageQueryVariables>;
