import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../auth/viewer';

type OwnedPlace = { organizationId?: { toString(): string } | null };

const ownsPlace = (viewer: StaffViewer, place: OwnedPlace) =>
  viewer.organizationId !== null && place.organizationId?.toString() === viewer.organizationId;

/**
 * Authorization of the places domain, the one place that says who may see and change which place.
 * ADMIN: every place. EDITOR and STRUCTURE: the places of their organisation. MODERATOR: reads every
 * place (to judge suggestions) but changes places only by accepting suggestions (suggestion policy).
 */
export const placePolicy = {
  /** The database filter of the places a viewer may list in the back-office. */
  scope(viewer: Viewer): Record<string, unknown> {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR') return {};
    return { organizationId: staff.organizationId };
  },

  view(viewer: Viewer, place: OwnedPlace): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'MODERATOR' || ownsPlace(staff, place)) return staff;
    throw forbidden('This place belongs to another organisation.');
  },

  edit(viewer: Viewer, place: OwnedPlace): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return staff;
    if (staff.role === 'MODERATOR') throw forbidden('Moderators change places only by accepting suggestions.');
    if (!ownsPlace(staff, place)) throw forbidden('This place belongs to another organisation.');
    return staff;
  },

  /** Creating a place for `organizationId`; returns the organisation the place will belong to. */
  create(
    viewer: Viewer,
    organizationId: string | null | undefined,
  ): { staff: StaffViewer; organizationId: string | null } {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return { staff, organizationId: organizationId ?? null };
    if (staff.role === 'MODERATOR') throw forbidden('Moderators do not create places.');
    if (organizationId != null && organizationId !== staff.organizationId)
      throw forbidden('You can only create places for your own organisation.');
    return { staff, organizationId: staff.organizationId };
  },

  /** Restoring an earlier value from the history is an administrator's decision. */
  revert(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN') throw forbidden('Only an administrator can revert a change.');
    return staff;
  },
};
