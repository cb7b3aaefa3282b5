import type { TypedDocumentNode } from '@apollo/client';
import ownPlacesInsightsDocument from '../documents/own-places-insights.graphql';
import territoryInsightsDocument from '../documents/territory-insights.graphql';
import type {
  OwnPlacesInsightsQuery,
  OwnPlacesInsightsQueryVariables,
  TerritoryInsightsQuery,
  TerritoryInsightsQueryVariables,
} from '../../graphql/generated/operations';

/* « Demande » in the back-office, against the insights schema (types by `pnpm generate`). */
export type PlaceFigures = OwnPlacesInsightsQuery['insights']['places'][number];

export const TERRITORY_INSIGHTS_QUERY = territoryInsightsDocument as TypedDocumentNode<
  TerritoryInsightsQuery,
  TerritoryInsightsQueryVariables
>;
export const OWN_PLACES_INSIGHTS_QUERY = ownPlacesInsightsDocument as TypedDocumentNode<
  OwnPlacesInsightsQuery,
  OwnPlacesInsightsQueryVariables
>;
