import type { Context } from '../../../../shared/context';
import type { QueryPlaceArgs } from '../../../../generated/graphql';

export const place = (_: unknown, args: QueryPlaceArgs, ctx: Context) => ctx.places.find(args);
