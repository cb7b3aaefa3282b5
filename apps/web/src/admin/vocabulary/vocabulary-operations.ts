import type { TypedDocumentNode } from '@apollo/client';
import addObjectSynonymDocument from '../documents/add-object-synonym.graphql';
import removeObjectSynonymDocument from '../documents/remove-object-synonym.graphql';
import unknownObjectsDocument from '../documents/unknown-objects.graphql';
import type { ApiLang } from '../../graphql/operations';

/* The object vocabulary from the back-office, against services/api/src/modules/taxonomy/schema.graphql. */
interface SubcategoryRef {
  id: string;
  label: string;
}

export interface UnknownObjectQuery {
  text: string;
  count: number;
  lastSeenAt: string;
  picked: { count: number; subcategory: SubcategoryRef }[];
}

export interface ObjectSynonym {
  id: string;
  term: string;
  createdAt: string;
  subcategory: SubcategoryRef;
}

export const UNKNOWN_OBJECTS_QUERY = unknownObjectsDocument as TypedDocumentNode<
  { unknownObjectQueries: UnknownObjectQuery[]; objectSynonyms: ObjectSynonym[] },
  { lang: ApiLang }
>;

export const ADD_OBJECT_SYNONYM_MUTATION = addObjectSynonymDocument as TypedDocumentNode<
  { addObjectSynonym: { id: string; term: string } },
  { term: string; subcategoryId: string }
>;

export const REMOVE_OBJECT_SYNONYM_MUTATION = removeObjectSynonymDocument as TypedDocumentNode<
  { removeObjectSynonym: boolean },
  { id: string }
>;
