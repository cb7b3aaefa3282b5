import type { Context } from '../../../../shared/context';
import type { QueryNetworkGapsArgs } from '../../../../generated/graphql';
import { listCompetences } from '../../competences.service';
import { organizationPolicy, territoryOf } from '../../organization.policy';
import { networkGaps as gaps } from '../../profile.service';

export const networkGaps = async (_: unknown, args: QueryNetworkGapsArgs, ctx: Context) => {
  const communes = organizationPolicy.gaps(ctx.viewer, args.communes, await territoryOf(ctx.viewer));
  const vocabulary = await listCompetences();
  const found = await gaps(
    communes,
    vocabulary.map((c) => c.code),
    ctx.backOffice.organizationPlaces,
  );
  const byCode = new Map(vocabulary.map((c) => [c.code, c]));
  return found.map((gap) => ({
    competence: byCode.get(gap.code)!,
    communes: gap.communes.map((c) => ({
      commune: c.commune,
      nearestKm: c.nearestKm,
      lat: c.position.lat,
      lng: c.position.lng,
    })),
  }));
};
