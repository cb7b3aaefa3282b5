import type { TypedDocumentNode } from '@apollo/client';
import territoriesDocument from '../documents/collectivity-territories.graphql';
import setTerritoryDocument from '../documents/set-collectivity-territory.graphql';
import type {
  CollectivityTerritoriesQuery,
  CollectivityTerritoriesQueryVariables,
  SetCollectivityTerritoryMutation,
  SetCollectivityTerritoryMutationVariables,
} from '../../graphql/generated/operations';

/* Collectivities' territories, against services/api/src/modules/organizations/schema.graphql. */
export type TerritoryCommune = CollectivityTerritoriesQuery['territoryCommunes'][number];

export const COLLECTIVITY_TERRITORIES_QUERY = territoriesDocument as TypedDocumentNode<
  CollectivityTerritoriesQuery,
  CollectivityTerritoriesQueryVariables
>;
export const SET_COLLECTIVITY_TERRITORY = setTerritoryDocument as TypedDocumentNode<
  SetCollectivityTerritoryMutation,
  SetCollectivityTerritoryMutationVariables
>;
