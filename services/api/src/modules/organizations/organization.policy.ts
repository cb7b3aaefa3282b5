import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';

/** Authorization of the organisations domain: the list is for administrators, who attach accounts to them. */
export const organizationPolicy = {
  list(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN')
      throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator can list the organisations.');
    return staff;
  },
};
