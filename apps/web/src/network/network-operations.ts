import type { TypedDocumentNode } from '@apollo/client';
import networkDocument from './documents/network.graphql';
import structureDocument from './documents/structure.graphql';
import type {
  NetworkSearchQuery,
  NetworkSearchQueryVariables,
  StructureProfileQuery,
  StructureProfileQueryVariables,
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
