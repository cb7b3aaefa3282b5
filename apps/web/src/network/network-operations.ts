import type { TypedDocumentNode } from '@apollo/client';
import editStructureDocument from './documents/edit-structure.graphql';
import networkDocument from './documents/network.graphql';
import structureDocument from './documents/structure.graphql';
import territoryNetworkDocument from './documents/territory-network.graphql';
import territoryStructuresDocument from './documents/territory-structures.graphql';
import territoryViewerDocument from './documents/territory-viewer.graphql';
import updateProfileDocument from './documents/update-structure-profile.graphql';
import type {
  NetworkSearchQuery,
  NetworkSearchQueryVariables,
  StructureProfileQuery,
  StructureProfileQueryVariables,
  StructureEditorQuery,
  StructureEditorQueryVariables,
  TerritoryNetworkQuery,
  TerritoryNetworkQueryVariables,
  TerritoryStructuresQuery,
  TerritoryStructuresQueryVariables,
  TerritoryViewerQuery,
  TerritoryViewerQueryVariables,
  UpdateStructureProfileMutation,
  UpdateStructureProfileMutationVariables,
} from '../graphql/generated/operations';

/* « Professionnels et collectivités »: operations against services/api/src/modules/organizations/schema.graphql. */
export const NETWORK_SEARCH_QUERY = networkDocument as TypedDocumentNode<
  NetworkSearchQuery,
  NetworkSearchQueryVariables
>;
export const STRUCTURE_PROFILE_QUERY = structureDocument as TypedDocumentNode<
  StructureProfileQuery,
  StructureProfileQueryVariables
>;
export const STRUCTURE_EDITOR_QUERY = editStructureDocument as TypedDocumentNode<
  StructureEditorQuery,
  StructureEditorQueryVariables
>;
export const UPDATE_STRUCTURE_PROFILE = updateProfileDocument as TypedDocumentNode<
  UpdateStructureProfileMutation,
  UpdateStructureProfileMutationVariables
>;
export const TERRITORY_NETWORK_QUERY = territoryNetworkDocument as TypedDocumentNode<
  TerritoryNetworkQuery,
  TerritoryNetworkQueryVariables
>;
export const TERRITORY_VIEWER_QUERY = territoryViewerDocument as TypedDocumentNode<
  TerritoryViewerQuery,
  TerritoryViewerQueryVariables
>;
export const TERRITORY_STRUCTURES_QUERY = territoryStructuresDocument as TypedDocumentNode<
  TerritoryStructuresQuery,
  TerritoryStructuresQueryVariables
>;
