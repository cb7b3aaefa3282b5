import type { Context } from '../../../../shared/context';
import { withTerritory } from '../../../partners';
import type { QueryPlacesArgs } from '../../../../generated/graphql';

// Each search runs in its own event-loop turn (PlacesService.inTurn): twenty aliased ones never hold it at once.
export const places = (_: unknown, args: QueryPlacesArgs, ctx: Context) =>
  ctx.places.inTurn(() => ctx.places.search({ ...args, filter: withTerritory(args.filter, ctx.partner) }, ctx.now));
