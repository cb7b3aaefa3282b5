import type { Context } from '../../../../shared/context';
import type { PlacesArgs } from '../../places.service';
import { withTerritory } from '../../../partners/territory';

// Each search runs in its own event-loop turn (PlacesService.inTurn): twenty aliased ones never hold it at once.
export const places = (_: unknown, args: PlacesArgs, ctx: Context) =>
  ctx.places.inTurn(() => ctx.places.search({ ...args, filter: withTerritory(args.filter, ctx.partner) }, ctx.now));
