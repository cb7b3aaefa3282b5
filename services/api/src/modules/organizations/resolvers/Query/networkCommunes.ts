import type { Context } from '../../../../shared/context';
import type { QueryNetworkCommunesArgs } from '../../../../generated/graphql';
import { organizationPolicy, territoryOf } from '../../organization.policy';
import { territoryCommuneFor, type TerritoryCommune } from '../../territory-communes';

/** Same reader and communes as networkGaps, as the syndicate's communes (name and INSEE code), once each. */
export const networkCommunes = async (_: unknown, args: QueryNetworkCommunesArgs, ctx: Context) => {
  const asked = organizationPolicy.gaps(ctx.viewer, args.communes, await territoryOf(ctx.viewer));
  const found = new Map<string, TerritoryCommune>();
  for (const entry of asked) {
    const commune = territoryCommuneFor(entry);
    if (commune && !found.has(commune.insee)) found.set(commune.insee, commune);
  }
  return [...found.values()];
};
