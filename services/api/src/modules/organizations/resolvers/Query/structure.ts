import type { Context } from '../../../../shared/context';
import type { QueryStructureArgs } from '../../../../generated/graphql';
import { findStructure } from '../../profile.service';
import { structurePresenter } from '../present-structure';

export const structure = async (_: unknown, args: QueryStructureArgs, ctx: Context) => {
  const view = await findStructure(args.id);
  return view ? (await structurePresenter(ctx)).present(view) : null;
};
