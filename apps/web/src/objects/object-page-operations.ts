import type { TypedDocumentNode } from '@apollo/client';
import objectPageDocument from '../graphql/documents/object-page.graphql';
import type { ObjectPageQuery, ObjectPageQueryVariables } from '../graphql/generated/operations';

export const OBJECT_PAGE_QUERY = objectPageDocument as TypedDocumentNode<ObjectPageQuery, ObjectPageQueryVariables>;

/** One match of the object page: what to do with the object, and where. */
export type ObjectPageMatch = ObjectPageQuery['resolveObject'][number];
