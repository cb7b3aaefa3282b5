import type { Context } from '../../../../shared/context';
import type { PlacesArgs } from '../../places.service';
import { withTerritory } from '../../../partners/territory';

export const places = (_: unknown, args: PlacesArgs, ctx: Context) =>
  ctx.places.search({ ...args, filter: withTerritory(args.filter, ctx.partner) }, ctx.now);
