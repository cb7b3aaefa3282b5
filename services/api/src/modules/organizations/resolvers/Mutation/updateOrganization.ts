import type { Context } from '../../../../shared/context';
import type { MutationUpdateOrganizationArgs } from '../../../../generated/graphql';
import { organizationPolicy } from '../../organization.policy';
import { updateOrganization as update } from '../../organization.service';

export const updateOrganization = (_: unknown, args: MutationUpdateOrganizationArgs, ctx: Context) => {
  organizationPolicy.list(ctx.viewer); // administrators only, as the list
  return update(args.id, args.input);
};
