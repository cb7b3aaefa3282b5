import type { Context } from '../../../../shared/context';
import type { MutationClosePlaceArgs } from '../../../../generated/graphql';

export const closePlace = (_: unknown, args: MutationClosePlaceArgs, ctx: Context) =>
  ctx.backOffice.places.setStatus(ctx.viewer, args.id, args.version, 'CLOSED', args.note);
