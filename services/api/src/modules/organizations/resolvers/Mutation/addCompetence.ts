import type { Context } from '../../../../shared/context';
import type { MutationAddCompetenceArgs } from '../../../../generated/graphql';
import { addCompetence as add } from '../../competences.service';
import { organizationPolicy } from '../../organization.policy';

export const addCompetence = (_: unknown, args: MutationAddCompetenceArgs, ctx: Context) => {
  organizationPolicy.extendVocabulary(ctx.viewer);
  return add(args.input);
};
