import type { Gql } from './staff';

const CREATE = `mutation($input: CreatePlaceInput!) {
  createPlace(input: $input) { place { id version } problems { field message } }
}`;
const UPDATE = `mutation($id: ID!, $version: Int!, $fields: PlaceFieldsInput!) {
  updatePlace(id: $id, version: $version, fields: $fields) { place { id version } problems { field message } }
}`;
const CLOSE = `mutation($id: ID!, $version: Int!) { closePlace(id: $id, version: $version) { id version } }`;
export const PLACES_CHANGED = `query($since: String, $first: Int) {
  placesChanged(since: $since, first: $first) {
    changes { cursor kind placeId version commune at }
    endCursor
    hasMore
  }
}`;

export interface FeedChange {
  cursor: string;
  kind: string;
  placeId: string | null;
  version: number | null;
  commune: string | null;
}

/** Staff writes the feed records: create (published or draft), update, close. */
export function placeWrites(gql: Gql) {
  return {
    async create(name: string, commune = 'Valognes', status = 'PUBLISHED') {
      const res = await gql(CREATE, {
        input: {
          status,
          fields: {
            name,
            kind: 'REPAIR_CAFE',
            address: { commune },
            location: { lat: 49.51, lng: -1.47 },
            offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
          },
        },
      });
      if (res.errors || res.data!.createPlace.problems.length > 0) throw new Error(JSON.stringify(res));
      return res.data!.createPlace.place as { id: string; version: number };
    },
    async rename(place: { id: string; version: number }, name: string) {
      const res = await gql(UPDATE, { id: place.id, version: place.version, fields: { name } });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.updatePlace.place as { id: string; version: number };
    },
    async close(place: { id: string; version: number }) {
      const res = await gql(CLOSE, { id: place.id, version: place.version });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.closePlace as { id: string; version: number };
    },
  };
}

/** Reads the whole feed from `since` the way a partner mirrors it: page after page while hasMore. */
export async function readFeed(
  gql: Gql,
  since: string | null = null,
  first = 100,
): Promise<{ changes: FeedChange[]; endCursor: string | null }> {
  const changes: FeedChange[] = [];
  let cursor = since;
  for (;;) {
    const res = await gql(PLACES_CHANGED, { since: cursor, first });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const page = res.data!.placesChanged;
    changes.push(...page.changes);
    cursor = page.endCursor;
    if (!page.hasMore) return { changes, endCursor: cursor };
  }
}
