import type { Context } from '../../../../shared/context';
import type { MutationPublishPlaceArgs } from '../../../../generated/graphql';

export const publishPlace = (_: unknown, args: MutationPublishPlaceArgs, ctx: Context) =>
  ctx.backOffice.places.setStatus(ctx.viewer, args.id, args.version, 'PUBLISHED');
