import { forbidden, ownOrganization, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';
import { placePolicy } from '../places';

/** Whose an event is: its place (and that place's organisation), or an organisation alone. */
export interface EventOwner {
  place: { organizationId?: { toString(): string } | null } | null;
  organizationId: string | null;
}

/**
 * Authorization of events. An event at a place is written by whoever may edit that place (places'
 * policy: ADMIN any, EDITOR and STRUCTURE their organisation's). An event away from places belongs to an
 * organisation: ADMIN any (or none: the syndicate's), EDITOR and STRUCTURE their own only. Moderators
 * do not write events.
 */
export const eventPolicy = {
  /** The database filter of the events a viewer manages in the back-office. */
  scope(viewer: Viewer): Record<string, unknown> {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN') return {};
    if (staff.role === 'MODERATOR') throw forbidden('ROLE_NOT_ALLOWED', 'Moderators do not publish events.');
    // An account of no organisation manages no event (the syndicate's are the administrators').
    return ownOrganization(staff);
  },

  write(viewer: Viewer, owner: EventOwner): StaffViewer {
    if (owner.place) return placePolicy.edit(viewer, owner.place);
    // The roles that write places publish events (places' policy); the others are refused.
    const staff = placePolicy.writer(
      viewer,
      'Moderators do not publish events.',
      'Only editors and structures publish their organisation’s events.',
    );
    if (staff.role === 'ADMIN') return staff;
    if (staff.organizationId === null || owner.organizationId !== staff.organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'You can only publish events of your own organisation.');
    return staff;
  },
};
