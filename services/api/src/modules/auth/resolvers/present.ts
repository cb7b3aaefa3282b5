import { OrganizationModel } from '../../organizations';
import type { UserView } from '../user-admin.service';
import { toUserView } from '../user-admin.service';
import { UserModel } from '../user.model';
import type { Viewer } from '../../../shared/viewer';

/** The GraphQL Viewer of a request (null when anonymous). */
export async function presentViewer(viewer: Viewer) {
  if (viewer.kind === 'anonymous') return null;
  if (viewer.kind === 'admin-token') return { role: 'ADMIN', organizationId: null, user: null };
  const user = await UserModel.findOne({ _id: viewer.userId }).lean();
  return { role: viewer.role, organizationId: viewer.organizationId, user: user ? toUserView(user) : null };
}

export const presentLink = (link: { url: string; expiresAt: Date; emailed: boolean }) => ({
  ...link,
  expiresAt: link.expiresAt.toISOString(),
});

export const StaffUser = {
  organizationName: async (user: UserView) =>
    user.organizationId ? ((await OrganizationModel.findOne({ _id: user.organizationId }).lean())?.name ?? null) : null,
  lastLoginAt: (user: UserView) => user.lastLoginAt?.toISOString() ?? null,
  createdAt: (user: UserView) => user.createdAt.toISOString(),
};
