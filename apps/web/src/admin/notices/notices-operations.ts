import type { TypedDocumentNode } from '@apollo/client';
import type {
  AddPlaceNoticeMutation,
  AddPlaceNoticeMutationVariables,
  PlaceNoticesQuery,
  PlaceNoticesQueryVariables,
  RemovePlaceNoticeMutation,
  RemovePlaceNoticeMutationVariables,
} from '../../graphql/generated/operations';
import addPlaceNoticeDocument from './add-place-notice.graphql';
import placeNoticesDocument from './place-notices.graphql';
import removePlaceNoticeDocument from './remove-place-notice.graphql';

/* Notices on places from the back-office, against services/api/src/modules/notices/schema.graphql. */
export type { PlaceNoticeInput, PlaceNoticeKind } from '../../graphql/generated/operations';
export type StaffNotice = NonNullable<PlaceNoticesQuery['managedPlace']>['place']['notices'][number];

export const ADD_PLACE_NOTICE_MUTATION = addPlaceNoticeDocument as TypedDocumentNode<
  AddPlaceNoticeMutation,
  AddPlaceNoticeMutationVariables
>;
export const REMOVE_PLACE_NOTICE_MUTATION = removePlaceNoticeDocument as TypedDocumentNode<
  RemovePlaceNoticeMutation,
  RemovePlaceNoticeMutationVariables
>;
export const PLACE_NOTICES_QUERY = placeNoticesDocument as TypedDocumentNode<
  PlaceNoticesQuery,
  PlaceNoticesQueryVariables
>;
