import type { Context } from '../../../../shared/context';
import type { QueryNetworkGapsArgs } from '../../../../generated/graphql';
import { listCompetences } from '../../competences.service';
import { organizationPolicy, territoryOf } from '../../organization.policy';
import { networkGaps as gaps } from '../../profile.service';

export const networkGaps = async (_: unknown, args: QueryNetworkGapsArgs, ctx: Context) => {
  const communes = organizationPolicy.gaps(ctx.viewer, args.communes, await territoryOf(ctx.viewer));
  return gaps(communes, await listCompetences());
};
