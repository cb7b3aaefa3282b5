import type { TypedDocumentNode } from '@apollo/client';
import changePasswordDocument from '../documents/change-password.graphql';
import inviteUserDocument from '../documents/invite-user.graphql';
import issuePasswordLinkDocument from '../documents/issue-password-link.graphql';
import myAccountDocument from '../documents/my-account.graphql';
import organizationsDocument from '../documents/organizations.graphql';
import requestPasswordResetDocument from '../documents/request-password-reset.graphql';
import setPasswordDocument from '../documents/set-password.graphql';
import updateUserDocument from '../documents/update-user.graphql';
import usersDocument from '../documents/users.graphql';
import type {
  ChangePasswordMutation,
  ChangePasswordMutationVariables,
  InviteUserMutation,
  InviteUserMutationVariables,
  IssuePasswordLinkMutation,
  IssuePasswordLinkMutationVariables,
  MyAccountQuery,
  MyAccountQueryVariables,
  OrganizationsQuery,
  OrganizationsQueryVariables,
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables,
  SetPasswordMutation,
  SetPasswordMutationVariables,
  StaffUserFieldsFragment,
  UpdateUserMutation,
  UpdateUserMutationVariables,
  UsersQuery,
  UsersQueryVariables,
} from '../../graphql/generated/operations';

/* Staff accounts, against services/api/src/modules/{auth,organizations}/schema.graphql (types by `pnpm generate`). */
export type StaffUser = StaffUserFieldsFragment;
export type Organization = OrganizationsQuery['organizations'][number];
export type PasswordLink = IssuePasswordLinkMutation['issuePasswordLink'];
export type PasswordPayload = SetPasswordMutation['setPassword'];

export const USERS_QUERY = usersDocument as TypedDocumentNode<UsersQuery, UsersQueryVariables>;
export const ORGANIZATIONS_QUERY = organizationsDocument as TypedDocumentNode<
  OrganizationsQuery,
  OrganizationsQueryVariables
>;
export const MY_ACCOUNT_QUERY = myAccountDocument as TypedDocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const INVITE_USER_MUTATION = inviteUserDocument as TypedDocumentNode<
  InviteUserMutation,
  InviteUserMutationVariables
>;
export const UPDATE_USER_MUTATION = updateUserDocument as TypedDocumentNode<
  UpdateUserMutation,
  UpdateUserMutationVariables
>;
export const ISSUE_PASSWORD_LINK_MUTATION = issuePasswordLinkDocument as TypedDocumentNode<
  IssuePasswordLinkMutation,
  IssuePasswordLinkMutationVariables
>;
export const SET_PASSWORD_MUTATION = setPasswordDocument as TypedDocumentNode<
  SetPasswordMutation,
  SetPasswordMutationVariables
>;
export const CHANGE_PASSWORD_MUTATION = changePasswordDocument as TypedDocumentNode<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
>;
export const REQUEST_PASSWORD_RESET_MUTATION = requestPasswordResetDocument as TypedDocumentNode<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
>;
