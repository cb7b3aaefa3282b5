import type { Context } from '../../../../shared/context';
import type { MutationReopenPlaceArgs } from '../../../../generated/graphql';

export const reopenPlace = (_: unknown, args: MutationReopenPlaceArgs, ctx: Context) =>
  ctx.backOffice.places.setStatus(ctx.viewer, args.id, args.version, 'PUBLISHED');
