import type { TypedDocumentNode } from '@apollo/client';
import addObjectSynonymDocument from '../documents/add-object-synonym.graphql';
import removeObjectSynonymDocument from '../documents/remove-object-synonym.graphql';
import unknownObjectsDocument from '../documents/unknown-objects.graphql';
import type {
  AddObjectSynonymMutation,
  AddObjectSynonymMutationVariables,
  RemoveObjectSynonymMutation,
  RemoveObjectSynonymMutationVariables,
  UnknownObjectsQuery,
  UnknownObjectsQueryVariables,
} from '../../graphql/generated/operations';

/* The object vocabulary from the back-office, against services/api/src/modules/taxonomy/schema.graphql (types by `pnpm generate`). */
export type UnknownObjectQuery = UnknownObjectsQuery['unknownObjectQueries'][number];
export type ObjectSynonym = UnknownObjectsQuery['objectSynonyms'][number];

export const UNKNOWN_OBJECTS_QUERY = unknownObjectsDocument as TypedDocumentNode<
  UnknownObjectsQuery,
  UnknownObjectsQueryVariables
>;

export const ADD_OBJECT_SYNONYM_MUTATION = addObjectSynonymDocument as TypedDocumentNode<
  AddObjectSynonymMutation,
  AddObjectSynonymMutationVariables
>;

export const REMOVE_OBJECT_SYNONYM_MUTATION = removeObjectSynonymDocument as TypedDocumentNode<
  RemoveObjectSynonymMutation,
  RemoveObjectSynonymMutationVariables
>;
