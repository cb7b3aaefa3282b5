import type { Context } from '../../../../shared/context';
import { withTerritory } from '../../../partners';
import type { QueryMapFeaturesArgs } from '../../../../generated/graphql';

export const mapFeatures = (_: unknown, args: QueryMapFeaturesArgs, ctx: Context) =>
  // In its own event-loop turn, like every directory computation of a request (PlacesService.inTurn).
  ctx.places.inTurn(async () =>
    (await ctx.places.mapFeatures({ ...args, filter: withTerritory(args.filter, ctx.partner) }, ctx.now)).map(
      (feature) =>
        feature.type === 'CLUSTER'
          ? {
              type: 'CLUSTER',
              lat: feature.lat,
              lng: feature.lng,
              count: feature.count,
              expansionZoom: feature.expansionZoom,
              place: null,
            }
          : {
              type: 'PLACE',
              lat: feature.lat,
              lng: feature.lng,
              count: 1,
              expansionZoom: null,
              // The indexed place itself, not a copy: spreading ~25 fields per marker dominated zoomed-in
              // maps (thousands of markers). It has no distanceMeters, which therefore resolves to null.
              place: feature.place,
            },
    ),
  );
