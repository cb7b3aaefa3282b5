import type { Context } from '../../../shared/context';
import { forbidden, requireStaff } from '../../auth/viewer';

/** Sources and imports are managed by ADMIN and EDITOR staff (the admin token acts as an ADMIN). */
export function requireImportStaff(ctx: Context): string {
  const staff = requireStaff(ctx.viewer);
  if (staff.role !== 'ADMIN' && staff.role !== 'EDITOR')
    throw forbidden('Managing sources and imports needs the ADMIN or EDITOR role.');
  return staff.kind === 'user' ? `user:${staff.userId}` : 'admin-token';
}
