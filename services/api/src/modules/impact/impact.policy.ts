import { type StaffViewer, type Viewer, forbidden, requireStaff } from '../../shared/viewer';

/**
 * Who may do what with the impact ledger. A STRUCTURE declares and reads its own organisation's months
 * only; ADMIN and EDITOR declare for any organisation and validate or reject; MODERATOR reads every
 * declaration; anyone (anonymous included) reads only the public aggregates of validated months.
 */
export const impactPolicy = {
  declare(viewer: Viewer, organizationId: string): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'EDITOR') return staff;
    if (staff.role !== 'STRUCTURE')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only a structure, an editor or an administrator declares figures.');
    if (staff.organizationId !== organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'A structure declares the figures of its own organisation only.');
    return staff;
  },

  review(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'EDITOR') return staff;
    throw forbidden('ROLE_NOT_ALLOWED', 'Declarations are validated by editors and administrators.');
  },

  /** The organisation filter of the declarations a viewer may list (null: every organisation). */
  listScope(viewer: Viewer, organizationId: string | null): string | null {
    const staff = requireStaff(viewer);
    if (staff.role === 'ADMIN' || staff.role === 'EDITOR' || staff.role === 'MODERATOR') return organizationId;
    if (staff.role !== 'STRUCTURE' || !staff.organizationId)
      throw forbidden('ROLE_NOT_ALLOWED', 'Declarations are for structures and the staff validating them.');
    if (organizationId && organizationId !== staff.organizationId)
      throw forbidden('OTHER_ORGANIZATION', 'These declarations belong to another organisation.');
    return staff.organizationId;
  },
};
