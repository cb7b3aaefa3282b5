import { changePassword } from './Mutation/changePassword';
import { inviteUser } from './Mutation/inviteUser';
import { issuePasswordLink } from './Mutation/issuePasswordLink';
import { login } from './Mutation/login';
import { logout } from './Mutation/logout';
import { requestPasswordReset } from './Mutation/requestPasswordReset';
import { setPassword } from './Mutation/setPassword';
import { updateUser } from './Mutation/updateUser';
import { StaffUser } from './present';
import { users } from './Query/users';
import { viewer } from './Query/viewer';

export const authResolvers = {
  Query: { viewer, users },
  Mutation: {
    login,
    logout,
    changePassword,
    setPassword,
    inviteUser,
    updateUser,
    issuePasswordLink,
    requestPasswordReset,
  },
  StaffUser,
};
