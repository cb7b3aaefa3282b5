import type { Context } from '../../../../shared/context';
import type { QueryStructuresArgs } from '../../../../generated/graphql';
import { badInput } from '../../../../shared/errors';
import { decodeCursor, encodeCursor } from '../../../../shared/offset-cursor';
import { organizationPolicy } from '../../organization.policy';
import { searchStructures } from '../../profile.service';
import { structurePresenter } from '../present-structure';

export const structures = async (_: unknown, args: QueryStructuresArgs, ctx: Context) => {
  const first = args.first ?? 50;
  if (first < 0 || first > 200) throw badInput('`first` is between 0 and 200.', 'first');
  const offset = decodeCursor(args.after);
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
  const page = found.slice(offset, offset + first);
  const end = offset + page.length;
  return {
    totalCount: found.length,
    nodes: page.map((s) => presenter.present(s)),
    pageInfo: { hasNextPage: end < found.length, endCursor: page.length ? encodeCursor(end) : null },
  };
};
