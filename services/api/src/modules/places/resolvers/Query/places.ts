import type { Context } from '../../../../shared/context';
import { withTerritory } from '../../../partners';
import type { QueryPlacesArgs } from '../../../../generated/graphql';

// Each search runs in its own event-loop turn (PlacesService.inTurn): twenty aliased ones never hold it at once.
// It adds to the anonymous demand counters (modules/insights: nothing about the person is kept).
export const places = (_: unknown, args: QueryPlacesArgs, ctx: Context) =>
  ctx.places.inTurn(() => {
    const result = ctx.places.search({ ...args, filter: withTerritory(args.filter, ctx.partner) }, ctx.now);
    ctx.insights.countSearch(args, result);
    return result;
  });
