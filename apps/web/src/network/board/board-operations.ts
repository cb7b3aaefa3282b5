import type { TypedDocumentNode } from '@apollo/client';
import boardPostsDocument from './documents/board-posts.graphql';
import closeDocument from './documents/close-board-post.graphql';
import createDocument from './documents/create-board-post.graphql';
import hiddenPostsDocument from './documents/hidden-board-posts.graphql';
import hideDocument from './documents/hide-board-post.graphql';
import myPostsDocument from './documents/my-board-posts.graphql';
import restoreDocument from './documents/restore-board-post.graphql';
import subscriptionDocument from './documents/set-board-subscription.graphql';
import type {
  BoardPostsQuery,
  BoardPostsQueryVariables,
  CloseBoardPostMutation,
  CloseBoardPostMutationVariables,
  CreateBoardPostMutation,
  CreateBoardPostMutationVariables,
  HiddenBoardPostsQuery,
  HiddenBoardPostsQueryVariables,
  HideBoardPostMutation,
  HideBoardPostMutationVariables,
  MyBoardPostsQuery,
  MyBoardPostsQueryVariables,
  RestoreBoardPostMutation,
  RestoreBoardPostMutationVariables,
  SetBoardSubscriptionMutation,
  SetBoardSubscriptionMutationVariables,
} from '../../graphql/generated/operations';

/* The resource board: operations against services/api/src/modules/board/schema.graphql. */
export const BOARD_POSTS_QUERY = boardPostsDocument as TypedDocumentNode<BoardPostsQuery, BoardPostsQueryVariables>;
export const MY_BOARD_POSTS_QUERY = myPostsDocument as TypedDocumentNode<MyBoardPostsQuery, MyBoardPostsQueryVariables>;
export const CREATE_BOARD_POST = createDocument as TypedDocumentNode<
  CreateBoardPostMutation,
  CreateBoardPostMutationVariables
>;
export const CLOSE_BOARD_POST = closeDocument as TypedDocumentNode<
  CloseBoardPostMutation,
  CloseBoardPostMutationVariables
>;
export const SET_BOARD_SUBSCRIPTION = subscriptionDocument as TypedDocumentNode<
  SetBoardSubscriptionMutation,
  SetBoardSubscriptionMutationVariables
>;
export const HIDDEN_BOARD_POSTS_QUERY = hiddenPostsDocument as TypedDocumentNode<
  HiddenBoardPostsQuery,
  HiddenBoardPostsQueryVariables
>;
export const HIDE_BOARD_POST = hideDocument as TypedDocumentNode<HideBoardPostMutation, HideBoardPostMutationVariables>;
export const RESTORE_BOARD_POST = restoreDocument as TypedDocumentNode<
  RestoreBoardPostMutation,
  RestoreBoardPostMutationVariables
>;

/** Uploads a photo (POST /board/photos): its id, or the API's stable problem code. */
export async function uploadBoardPhoto(file: File): Promise<{ id: string } | { problem: string }> {
  const res = await fetch('/board/photos', {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-reemploi-upload': '1' },
    body: file,
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => ({}))) as {
    photo?: { id: string };
    errors?: { extensions?: { code?: string } }[];
  };
  return body.photo ? { id: body.photo.id } : { problem: body.errors?.[0]?.extensions?.code ?? 'UNAVAILABLE' };
}
