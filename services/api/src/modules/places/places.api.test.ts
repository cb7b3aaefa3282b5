import { useTestApp } from '../../../test/app';

const VALOGNES = { lat: 49.5086, lng: -1.4706 };
const EQUEURDREVILLE = { lat: 49.6486, lng: -1.6561 };

const PLACES = /* GraphQL */ `
  query Places(
    $filter: PlaceFilter
    $near: GeoPointInput
    $radiusKm: Float
    $bbox: BBoxInput
    $first: Int
    $after: String
  ) {
    places(filter: $filter, near: $near, radiusKm: $radiusKm, bbox: $bbox, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          name
          kind
          distanceMeters
          locationPrecision
          isDemo
          commune: address {
            commune
          }
          offers {
            action
            subcategories {
              id
              label
            }
          }
          sources {
            name
            licence
            externalId
            url
          }
        }
      }
    }
  }
`;

interface PlacesData {
  places: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        slug: string;
        name: string;
        kind: string;
        distanceMeters: number | null;
        locationPrecision: string;
        isDemo: boolean;
        offers: { action: string; subcategories: { id: string }[] }[];
        sources: { name: string; externalId: string; url: string }[];
      };
    }[];
  };
}

describe('places query on the Cotentin demo data', () => {
  const t = useTestApp();

  it('returns the Valognes recycling centre first for dropping off furniture near Valognes', async () => {
    const body = await t.gql<PlacesData>(PLACES, {
      near: VALOGNES,
      filter: { actions: ['DROP_OFF'], subcategories: ['meuble'] },
      first: 5,
    });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.places.edges.map((e) => e.node);
    expect(nodes[0]!.name).toBe('Déchèterie de Valognes');
    expect(nodes[0]!.kind).toBe('RECYCLING_CENTRE');
    const distances = nodes.map((n) => n.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const node of nodes) {
      expect(node.offers.some((o) => o.action === 'DROP_OFF' && o.subcategories.some((s) => s.id === 'meuble'))).toBe(
        true,
      );
    }
  });

  it('returns Emmaüs Cotentin first for donating furniture near Équeurdreville', async () => {
    const body = await t.gql<PlacesData>(PLACES, {
      near: EQUEURDREVILLE,
      filter: { actions: ['DONATE'], subcategories: ['meuble'] },
    });
    expect(body.errors).toBeUndefined();
    const first = body.data!.places.edges[0]!.node;
    expect(first.name).toBe('Emmaüs Cotentin');
    expect(first.distanceMeters).toBeLessThan(1000);
  });

  it('marks demo places as demo data with a commune-level location and their source link', async () => {
    const body = await t.gql<PlacesData>(PLACES, { first: 50 });
    expect(body.data!.places.totalCount).toBe(23);
    for (const { node } of body.data!.places.edges) {
      expect(node.isDemo).toBe(true);
      expect(node.locationPrecision).toBe('COMMUNE');
      expect(node.sources[0]!.name).toMatch(/démonstration/);
      expect(node.sources[0]!.externalId).toBeTruthy();
    }
  });

  it('pages through results with cursors, without overlap, until hasNextPage is false', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const body: Awaited<ReturnType<typeof t.gql<PlacesData>>> = await t.gql<PlacesData>(PLACES, {
        near: VALOGNES,
        first: 7,
        after,
      });
      const { edges, pageInfo, totalCount } = body.data!.places;
      expect(totalCount).toBe(23);
      seen.push(...edges.map((e: { node: { id: string } }) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });

  it('limits results to the radius around the point', async () => {
    const body = await t.gql<PlacesData>(PLACES, { near: VALOGNES, radiusKm: 5, first: 50 });
    const nodes = body.data!.places.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThan(23);
    for (const node of nodes) expect(node.distanceMeters!).toBeLessThanOrEqual(5000);
  });

  it('keeps only places inside a bounding box', async () => {
    const bbox = { west: -1.75, south: 49.6, east: -1.5, north: 49.7 };
    const body = await t.gql<PlacesData>(PLACES, { bbox, first: 50 });
    expect(body.data!.places.totalCount).toBeGreaterThan(3);
    expect(body.data!.places.totalCount).toBeLessThan(23);
  });

  it('finds places by French text regardless of accents', async () => {
    const body = await t.gql<PlacesData>(PLACES, { filter: { text: 'emmaus' } });
    expect(body.data!.places.edges[0]!.node.name).toBe('Emmaüs Cotentin');
  });

  it('counts facets for the filter panel, each ignoring its own filter', async () => {
    const body = await t.gql<{
      places: {
        totalCount: number;
        facets: { kinds: { value: string; count: number }[]; actions: { value: string; count: number }[] };
      };
    }>(
      `{ places(filter: { kinds: [RECYCLING_CENTRE] }) { totalCount facets { kinds { value count } actions { value count } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { totalCount, facets } = body.data!.places;
    expect(totalCount).toBe(13);
    expect(facets.kinds.find((k) => k.value === 'RECYCLING_CENTRE')!.count).toBe(13);
    expect(facets.kinds.find((k) => k.value === 'SECOND_HAND_SHOP')!.count).toBe(3);
    expect(facets.actions.find((a) => a.value === 'DROP_OFF')!.count).toBe(13);
  });

  it('gives a place by slug and by id with its offers and sources', async () => {
    const list = await t.gql<PlacesData>(PLACES, { filter: { text: 'Emmaüs' }, first: 1 });
    const emmaus = list.data!.places.edges[0]!.node;
    const bySlug = await t.gql<{ place: { id: string; name: string } }>(
      `query($slug: String) { place(slug: $slug) { id name } }`,
      { slug: emmaus.slug },
    );
    expect(bySlug.data!.place).toEqual({ id: emmaus.id, name: 'Emmaüs Cotentin' });
    const byId = await t.gql<{
      place: { slug: string; openNow: boolean | null; weekHours: unknown[]; hoursAreIllustrative: boolean };
    }>(`query($id: ID) { place(id: $id) { slug openNow weekHours { date } hoursAreIllustrative } }`, {
      id: emmaus.id,
    });
    expect(byId.data!.place.slug).toBe(emmaus.slug);
    // The demo data has typical hours for its kind of place, said to be illustrative.
    expect(typeof byId.data!.place.openNow).toBe('boolean');
    expect(byId.data!.place.weekHours).toHaveLength(7);
    expect(byId.data!.place.hoursAreIllustrative).toBe(true);
  });

  it('returns null for a well-formed id that matches no place', async () => {
    const body = await t.gql(`{ place(id: "0123456789abcdef01234567") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ place: null });
  });

  it('clusters the map at a low zoom and shows single places when zoomed in', async () => {
    const bbox = { west: -2.2, south: 49.2, east: -1.0, north: 49.8 };
    const low = await t.gql<{ mapFeatures: { type: string; count: number; expansionZoom: number | null }[] }>(
      `query($bbox: BBoxInput!) { mapFeatures(bbox: $bbox, zoom: 5) { type count expansionZoom } }`,
      { bbox },
    );
    expect(low.errors).toBeUndefined();
    const features = low.data!.mapFeatures;
    expect(features.some((f) => f.type === 'CLUSTER')).toBe(true);
    expect(features.reduce((sum, f) => sum + f.count, 0)).toBe(23);
    const high = await t.gql<{ mapFeatures: { type: string; place: { name: string } | null }[] }>(
      `query { mapFeatures(bbox: { west: -1.48, south: 49.50, east: -1.46, north: 49.52 }, zoom: 16) { type place { name } } }`,
    );
    expect(high.data!.mapFeatures).toEqual([{ type: 'PLACE', place: { name: 'Déchèterie de Valognes' } }]);
  });

  it('answers a view too large for its zoom with a coarser map instead of refusing it', async () => {
    // The whole world at street zoom: trillions of pixels, billions of cluster cells.
    const world = await t.gql<{ mapFeatures: { type: string; count: number }[] }>(
      `{ mapFeatures(bbox: { west: -180, south: -85, east: 180, north: 85 }, zoom: 22) { type count place { name } } }`,
    );
    expect(world.errors).toBeUndefined();
    expect(world.data!.mapFeatures.length).toBeLessThanOrEqual(1000);
    expect(world.data!.mapFeatures.some((f) => f.type === 'CLUSTER')).toBe(true);
    expect(world.data!.mapFeatures.reduce((sum, f) => sum + f.count, 0)).toBe(23);
  });
});

describe('client mistakes get a clear error with a stable code', () => {
  const t = useTestApp();
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ['an out-of-range latitude', PLACES, { near: { lat: 120, lng: -1.5 } }, /latitude/],
    ['an out-of-range longitude', PLACES, { near: { lat: 49.5, lng: -200 } }, /longitude/],
    ['an inverted bounding box', PLACES, { bbox: { west: -1, south: 49.8, east: -2, north: 49.2 } }, /inverted/],
    ['first = 0', PLACES, { first: 0 }, /between 1 and 100/],
    // (With this file's rich PLACES selection, 101 places would be over the cost limit first.)
    ['first = 101', `{ places(first: 101) { totalCount } }`, {}, /between 1 and 100/],
    ['a malformed cursor', PLACES, { after: 'not-a-cursor!' }, /cursor/],
    ['a forged cursor', PLACES, { after: Buffer.from('x:1').toString('base64url') }, /cursor/],
    [
      'a nearest-first cursor deeper than 2 000 places',
      PLACES,
      { near: { lat: 49.5, lng: -1.5 }, after: Buffer.from('o:2001').toString('base64url') },
      /2000 places deep at most; narrow the search/,
    ],
    ['an unknown sub-category', PLACES, { filter: { subcategories: ['licorne'] } }, /Unknown subcategories/],
    ['a radius without a point', PLACES, { radiusKm: 10 }, /needs near/],
    ['a negative radius', PLACES, { near: { lat: 49.5, lng: -1.5 }, radiusKm: -1 }, /radiusKm/],
    ['an unknown id format', `{ place(id: "42") { id } }`, {}, /not a place id/],
    ['both id and slug', `{ place(id: "0123456789abcdef01234567", slug: "x") { id } }`, {}, /exactly one/],
    [
      'a zoom out of range',
      `{ mapFeatures(bbox: { west: -2, south: 49, east: -1, north: 50 }, zoom: 40) { type } }`,
      {},
      /zoom/,
    ],
  ];

  it.each(cases)('rejects %s with BAD_USER_INPUT', async (_name, query, variables, message) => {
    const body = await t.gql(query, variables);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('pages nearest-first down to 2 000 places deep, and by name without that bound', async () => {
    const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
    const near = { lat: 49.5, lng: -1.5 };
    const deepest = await t.gql<{ places: { edges: unknown[] } }>(PLACES, { near, after: cursor(2000) });
    expect(deepest.errors).toBeUndefined();
    expect(deepest.data!.places.edges).toEqual([]);
    const tooDeep = await t.gql(PLACES, { near, after: cursor(2001) });
    expect(tooDeep.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', maxDepth: 2000 });
    expect((await t.gql(PLACES, { after: cursor(5000) })).errors).toBeUndefined();
  });

  it('rejects an invalid enum value with BAD_USER_INPUT', async () => {
    const body = await t.gql(PLACES, { filter: { actions: ['STEAL'] } });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a syntax error with BAD_USER_INPUT and HTTP 400, never 500', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ places(' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a malformed JSON body with HTTP 400', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
