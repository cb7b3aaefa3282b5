import type { QueryPlacesChangedArgs } from '../../../generated/graphql';
import { encodeChangeCursor, placesChanged } from '../change-feed';
import { lastChangeSeq, type StoredChange } from '../change-log';

export const changesResolvers = {
  Query: {
    placesChanged: (_: unknown, args: QueryPlacesChangedArgs) => placesChanged(args.since, args.first),
    // The counter, not the last entry written: a change numbered before this answer belongs to a write
    // that landed before it, so a copy taken afterwards already has it.
    placesChangedCursor: async () => encodeChangeCursor(await lastChangeSeq()),
  },
  PlaceChange: {
    placeId: (change: StoredChange) => (change.placeId ? String(change.placeId) : null),
    at: (change: StoredChange) => change.at.toISOString(),
  },
};
