import type { Context } from '../../../../shared/context';
import type { MutationUpdateStructureProfileArgs } from '../../../../generated/graphql';
import { organizationPolicy } from '../../organization.policy';
import { updateProfile } from '../../profile.service';
import { structurePresenter } from '../present-structure';

export const updateStructureProfile = async (_: unknown, args: MutationUpdateStructureProfileArgs, ctx: Context) => {
  const staff = organizationPolicy.editProfile(ctx.viewer, args.id);
  const saved = await updateProfile(args.id, args.input, staff.role === 'ADMIN');
  return (await structurePresenter(ctx)).present(saved);
};
