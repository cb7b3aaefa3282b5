import { forbidden, ownOrganization, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';

/**
 * Authorization of the suggestions domain. Anyone may submit. MODERATOR and ADMIN see and review the
 * whole queue; EDITOR and STRUCTURE see (not review) the suggestions about their organisation's places.
 */
export const suggestionPolicy = {
  scope(viewer: Viewer): Record<string, unknown> {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') return {};
    return ownOrganization(staff);
  },

  view(viewer: Viewer, suggestion: { organizationId?: { toString(): string } | null }): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') return staff;
    if (staff.organizationId !== null && suggestion.organizationId?.toString() === staff.organizationId) return staff;
    throw forbidden('OTHER_ORGANIZATION', 'This suggestion is about a place of another organisation.');
  },

  review(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') return staff;
    throw forbidden('ROLE_NOT_ALLOWED', 'Only moderators review suggestions.');
  },
};
