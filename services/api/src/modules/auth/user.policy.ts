import { forbidden, requireStaff, type StaffViewer, type Viewer } from '../../shared/viewer';

/** Authorization of the users domain: accounts are managed by admins only. */
export const userPolicy = {
  manageUsers(viewer: Viewer): StaffViewer {
    const staff = requireStaff(viewer);
    if (staff.role !== 'ADMIN') throw forbidden('ROLE_NOT_ALLOWED', 'Only an administrator can manage accounts.');
    return staff;
  },
};
