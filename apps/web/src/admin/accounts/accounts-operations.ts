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
import type { FieldProblem } from '../../graphql/suggestion-operations';
import type { Role } from '../admin-operations';

/* Staff accounts, against services/api/src/modules/{auth,organizations}/schema.graphql (typed by hand). */
export interface StaffUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
  hasPassword: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface Organization {
  id: string;
  name: string;
  kind: 'SYNDICATE' | 'STRUCTURE' | 'PARTNER' | 'OTHER';
}

export interface PasswordLink {
  url: string;
  expiresAt: string;
  emailed: boolean;
}

export interface PasswordPayload {
  ok: boolean;
  problems: FieldProblem[];
}

export const USERS_QUERY = usersDocument as TypedDocumentNode<{ users: StaffUser[] }, Record<string, never>>;
export const ORGANIZATIONS_QUERY = organizationsDocument as TypedDocumentNode<
  { organizations: Organization[] },
  Record<string, never>
>;
export const MY_ACCOUNT_QUERY = myAccountDocument as TypedDocumentNode<
  { viewer: { role: Role; organizationId: string | null; user: StaffUser | null } | null },
  Record<string, never>
>;
export const INVITE_USER_MUTATION = inviteUserDocument as TypedDocumentNode<
  { inviteUser: { user: StaffUser | null; passwordLink: PasswordLink | null; problems: FieldProblem[] } },
  { input: { email: string; role: Role; name?: string | null; organizationId?: string | null } }
>;
export const UPDATE_USER_MUTATION = updateUserDocument as TypedDocumentNode<
  { updateUser: { user: StaffUser | null; problems: FieldProblem[] } },
  { id: string; input: { role?: Role; organizationId?: string | null; disabled?: boolean } }
>;
export const ISSUE_PASSWORD_LINK_MUTATION = issuePasswordLinkDocument as TypedDocumentNode<
  { issuePasswordLink: PasswordLink },
  { userId: string }
>;
export const SET_PASSWORD_MUTATION = setPasswordDocument as TypedDocumentNode<
  { setPassword: PasswordPayload },
  { token: string; password: string }
>;
export const CHANGE_PASSWORD_MUTATION = changePasswordDocument as TypedDocumentNode<
  { changePassword: PasswordPayload },
  { currentPassword: string; newPassword: string }
>;
export const REQUEST_PASSWORD_RESET_MUTATION = requestPasswordResetDocument as TypedDocumentNode<
  { requestPasswordReset: boolean },
  { email: string }
>;
