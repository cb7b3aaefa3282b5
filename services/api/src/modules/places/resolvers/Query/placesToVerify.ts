import type { Context } from '../../../../shared/context';
import type { QueryPlacesToVerifyArgs } from '../../../../generated/graphql';

export const placesToVerify = (_: unknown, args: QueryPlacesToVerifyArgs, ctx: Context) =>
  ctx.backOffice.places.toVerify(ctx.viewer, { first: args.first, after: args.after }, ctx.now);
