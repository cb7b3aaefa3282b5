import type { Context } from '../../../../shared/context';
import { organizationPolicy } from '../../organization.policy';
import { listOrganizations } from '../../organization.service';

export const organizations = (_: unknown, __: unknown, ctx: Context) => {
  organizationPolicy.list(ctx.viewer);
  return listOrganizations();
};
