import type { QueryPlacesChangedArgs } from '../../../generated/graphql';
import type { Context } from '../../../shared/context';
import { encodeChangeCursor, placesChanged } from '../change-feed';
import { lastChangeSeq, type StoredChange } from '../change-log';

export const changesResolvers = {
  Query: {
    // A key restricted to a territory reads that territory's changes only, as it does its listings.
    placesChanged: (_: unknown, args: QueryPlacesChangedArgs, ctx: Context) =>
      placesChanged(args.since, args.first, ctx.partner?.territory ?? []),
    // The counter, not the last entry written: a change numbered before this answer belongs to a write
    // that landed before it, so a copy taken afterwards already has it.
    placesChangedCursor: async () => encodeChangeCursor(await lastChangeSeq()),
  },
  PlaceChange: {
    placeId: (change: StoredChange) => (change.placeId ? String(change.placeId) : null),
    at: (change: StoredChange) => change.at.toISOString(),
  },
};
