import type { Context } from '../../../../shared/context';
import type { QueryCommunesWithoutPositionArgs } from '../../../../generated/graphql';
import { communePositions } from '../../commune-positions';
import { communesWithoutPosition as unlocated } from '../../network-gaps';
import { organizationPolicy, territoryOf } from '../../organization.policy';

/** Same reader and communes as networkGaps: those of them the gaps cannot judge by distance. */
export const communesWithoutPosition = async (_: unknown, args: QueryCommunesWithoutPositionArgs, ctx: Context) =>
  unlocated(organizationPolicy.gaps(ctx.viewer, args.communes, await territoryOf(ctx.viewer)), communePositions());
