import { forbidden, ownOrganization, requireStaff, type StaffViewer, type Viewer } from '../../../shared/viewer';

/**
 * Authorization of sources and imports (written with the auth module, for the federation resolvers):
 * ADMIN (a user or REEMPLOI_ADMIN_TOKEN) every source; EDITOR the sources of their organisation.
 * Use `sourcePolicy.manage(ctx.viewer, source)` in each source / import mutation.
 */
export const sourcePolicy = {
  /** The database filter of the sources a viewer may list. */
  scope(viewer: Viewer): Record<string, unknown> {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return {};
    // An editor of no organisation manages no source (not the organisation-less ones).
    if (staff.role === 'EDITOR') return ownOrganization(staff);
    throw forbidden('ROLE_NOT_ALLOWED', 'Only administrators and editors manage sources.');
  },

  /**
   * A source's options and their history: administrators only, since they decide what may be imported
   * (accepting a licence that is not open is the operator's legal decision, not an editor's).
   */
  changeOptions(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return staff;
    throw forbidden('ROLE_NOT_ALLOWED', 'Only administrators change a source’s options and read their history.');
  },

  /** Creating a source, running an import, changing a mapping… (`source` null: a new source for `organizationId`). */
  manage(
    viewer: Viewer,
    source: { organizationId?: { toString(): string } | null } | null,
    organizationId?: string | null,
  ): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return staff;
    const owner = source ? (source.organizationId?.toString() ?? null) : (organizationId ?? staff.organizationId);
    if (staff.role === 'EDITOR' && staff.organizationId !== null && owner === staff.organizationId) return staff;
    throw staff.role === 'EDITOR'
      ? forbidden('OTHER_ORGANIZATION', 'This source belongs to another organisation.')
      : forbidden('ROLE_NOT_ALLOWED', 'Only administrators and editors manage sources.');
  },
};
