import type { Context } from '../../../../shared/context';
import type { QueryStructuresArgs } from '../../../../generated/graphql';
import { badInput } from '../../../../shared/errors';
import { organizationPolicy } from '../../organization.policy';
import { searchStructures } from '../../profile.service';
import { structurePresenter } from '../present-structure';

export const structures = async (_: unknown, args: QueryStructuresArgs, ctx: Context) => {
  const first = args.first ?? 50;
  if (first < 0 || first > 200) throw badInput('`first` is between 0 and 200.', 'first');
  const { filter } = args;
  if (filter?.minCapacity != null && filter.minCapacity < 0)
    throw badInput('minCapacity is 0 or more.', 'filter.minCapacity');
  const presenter = await structurePresenter(ctx);
  const communes = organizationPolicy.searchCommunes(ctx.viewer, filter?.communes, presenter.territory);
  const found = await searchStructures({
    competences: filter?.competences ?? undefined,
    communes,
    insertionTypes: filter?.insertionTypes ?? undefined,
    minCapacity: filter?.minCapacity ?? null,
  });
  return { totalCount: found.length, nodes: found.slice(0, first).map((s) => presenter.present(s)) };
};
