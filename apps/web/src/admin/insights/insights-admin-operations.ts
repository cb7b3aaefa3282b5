import type { TypedDocumentNode } from '@apollo/client';
import communeDemandDocument from '../documents/commune-demand.graphql';
import ownPlacesInsightsDocument from '../documents/own-places-insights.graphql';
import structureInsightsDocument from '../documents/structure-insights.graphql';
import territoryInsightsDocument from '../documents/territory-insights.graphql';
import type {
  CommuneDemandQuery,
  CommuneDemandQueryVariables,
  StructureInsightsQuery,
  StructureInsightsQueryVariables,
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
export const COMMUNE_DEMAND_QUERY = communeDemandDocument as TypedDocumentNode<
  CommuneDemandQuery,
  CommuneDemandQueryVariables
>;
export const STRUCTURE_INSIGHTS_QUERY = structureInsightsDocument as TypedDocumentNode<
  StructureInsightsQuery,
  StructureInsightsQueryVariables
>;
export type CommuneFigures = CommuneDemandQuery['insights']['communes'][number];
export type StructureFigures = StructureInsightsQuery['structureInsights'];
