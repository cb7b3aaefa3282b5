import { subcategoryById } from '@reemploi/taxonomy';
import { isValidObjectId } from 'mongoose';
import type { Context } from '../../../shared/context';
import { badInput } from '../../../shared/errors';
import type {
  MutationDeclareImpactArgs,
  MutationImportImpactCsvArgs,
  MutationRejectImpactDeclarationArgs,
  MutationValidateImpactDeclarationArgs,
  QueryImpactArgs,
  QueryImpactDeclarationsArgs,
} from '../../../generated/graphql';
import {
  type Declaration,
  listDeclarations,
  rejectDeclaration,
  requireOrganization,
  submitDeclaration,
  validateDeclaration,
} from '../declarations.service';
import { readImpactCsv } from '../impact-csv';
import type { ImpactLineRecord } from '../impact-declaration.model';
import { factorSet } from '../impact-factors';
import { checkDeclarationForm } from '../impact-form';
import { impactPolicy } from '../impact.policy';
import { parisMonth } from '../impact-lines';
import { impactTotals } from '../impact-totals';

const MAX_FIRST = 500;

function checkYear(year: number | null | undefined, now: Date): number | null {
  if (year == null) return null;
  if (!Number.isInteger(year) || year < 2000 || year > Number(parisMonth(now).slice(0, 4)))
    throw badInput(`year must be between 2000 and the current year.`, 'year');
  return year;
}

/** Resolvers of the impact module (schema.graphql): thin, the rules are in the policy and the services. */
export const impactResolvers = {
  Query: {
    impact: async (_: unknown, args: QueryImpactArgs, ctx: Context) => ({
      ...(await impactTotals(checkYear(args.year, ctx.now))),
      factorSet: factorSet(),
    }),
    impactDeclarations: async (_: unknown, args: QueryImpactDeclarationsArgs, ctx: Context) => {
      if (args.organizationId != null && !isValidObjectId(args.organizationId))
        throw badInput(`"${args.organizationId}" is not an organisation.`, 'organizationId');
      const organizationId = impactPolicy.listScope(ctx.viewer, args.organizationId ?? null);
      const first = args.first ?? 100;
      if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
        throw badInput(`first must be between 1 and ${MAX_FIRST}.`, 'first');
      return listDeclarations({ organizationId, status: args.status ?? null, month: args.month ?? null, first });
    },
  },
  Mutation: {
    declareImpact: async (_: unknown, { input }: MutationDeclareImpactArgs, ctx: Context) => {
      const staff = impactPolicy.declare(ctx.viewer, input.organizationId);
      await requireOrganization(input.organizationId);
      const checked = checkDeclarationForm(input, ctx.now);
      return submitDeclaration(
        { ...checked, organizationId: input.organizationId, channel: 'FORM', refusedRows: 0 },
        staff,
        ctx.now,
      );
    },
    importImpactCsv: async (_: unknown, args: MutationImportImpactCsvArgs, ctx: Context) => {
      const staff = impactPolicy.declare(ctx.viewer, args.organizationId);
      await requireOrganization(args.organizationId);
      const { months, problems } = readImpactCsv(args.csv, args.inseeCode ?? null, ctx.now);
      const declarations: Declaration[] = [];
      for (const month of months)
        declarations.push(
          await submitDeclaration({ ...month, organizationId: args.organizationId, channel: 'CSV' }, staff, ctx.now),
        );
      return {
        declarations,
        storedRows: months.reduce((n, m) => n + m.lines.length, 0),
        refusedRows: problems,
      };
    },
    validateImpactDeclaration: (_: unknown, args: MutationValidateImpactDeclarationArgs, ctx: Context) =>
      validateDeclaration(args.id, impactPolicy.review(ctx.viewer), ctx.now),
    rejectImpactDeclaration: (_: unknown, args: MutationRejectImpactDeclarationArgs, ctx: Context) =>
      rejectDeclaration(args.id, args.reason, impactPolicy.review(ctx.viewer), ctx.now),
  },
  ImpactDeclaration: {
    id: (d: Declaration) => String(d._id),
    organizationId: (d: Declaration) => String(d.organizationId),
    submittedAt: (d: Declaration) => d.submittedAt.toISOString(),
    reviewedAt: (d: Declaration) => d.reviewedAt?.toISOString() ?? null,
  },
  ImpactLine: {
    categoryId: (line: ImpactLineRecord) => subcategoryById(line.subcategoryId)?.categoryId ?? 'unknown',
  },
};
