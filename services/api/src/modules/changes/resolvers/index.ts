import type { QueryPlacesChangedArgs } from '../../../generated/graphql';
import { placesChanged } from '../change-feed';
import type { StoredChange } from '../change-log';

export const changesResolvers = {
  Query: {
    placesChanged: (_: unknown, args: QueryPlacesChangedArgs) => placesChanged(args.since, args.first),
  },
  PlaceChange: {
    placeId: (change: StoredChange) => (change.placeId ? String(change.placeId) : null),
    at: (change: StoredChange) => change.at.toISOString(),
  },
};
