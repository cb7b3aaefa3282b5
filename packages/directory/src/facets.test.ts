import { DirectoryIndex } from './directory-index';
import { buildPlace, testOptions } from './test-places';

const index = new DirectoryIndex(testOptions);
index.load([
  buildPlace({
    kind: 'RESSOURCERIE',
    labels: ['ESS'],
    offers: [
      { action: 'donner', subcategories: ['meuble'] },
      { action: 'acheter', subcategories: ['velo'] },
    ],
  }),
  buildPlace({ kind: 'RESSOURCERIE', labels: [], offers: [{ action: 'donner', subcategories: ['velo'] }] }),
  buildPlace({ kind: 'REPAIR_CAFE', labels: ['ESS', 'ACI'], offers: [{ action: 'reparer', subcategories: ['velo'] }] }),
  buildPlace({
    kind: 'REPAIR_CAFE',
    labels: ['ACI'],
    offers: [{ action: 'reparer', subcategories: ['meuble'] }],
    lat: 45,
    lng: 2,
  }),
]);

describe('facets', () => {
  it('counts every value over all places without a filter', () => {
    expect(index.facets({ limit: 0 })).toEqual({
      actions: { donner: 2, acheter: 1, reparer: 2 },
      kinds: { RESSOURCERIE: 2, REPAIR_CAFE: 2 },
      labels: { ESS: 2, ACI: 2 },
    });
  });

  it('counts each facet with every filter except its own', () => {
    const counts = index.facets({
      filter: { kinds: ['REPAIR_CAFE'], actions: ['reparer'], labels: ['ESS'] },
      limit: 0,
    });
    // kinds ignore the kinds filter: reparer + ESS → one repair café only.
    expect(counts.kinds).toEqual({ REPAIR_CAFE: 1 });
    // actions ignore the actions filter: repair café + ESS → the one that repairs.
    expect(counts.actions).toEqual({ reparer: 1 });
    // labels ignore the labels filter: repair cafés that repair.
    expect(counts.labels).toEqual({ ESS: 1, ACI: 2 });
  });

  it('keeps the sub-category on the same offer when counting actions', () => {
    const counts = index.facets({ filter: { subcategories: ['velo'] }, limit: 0 });
    expect(counts.actions).toEqual({ acheter: 1, donner: 1, reparer: 1 });
  });

  it('applies geo and text conditions to every facet', () => {
    const cotentin = { west: -2, south: 49, east: -1, north: 50 };
    expect(index.facets({ bbox: cotentin, limit: 0 }).kinds).toEqual({ RESSOURCERIE: 2, REPAIR_CAFE: 1 });
    expect(index.facets({ near: { lat: 45, lng: 2 }, radiusMeters: 1000, limit: 0 }).labels).toEqual({ ACI: 1 });
  });

  it('counts open now and wide boxes place by place: a box holding every place, most of them, or not a new one', () => {
    const local = new DirectoryIndex(testOptions);
    const weekdays = 'Mo-Fr 09:00-18:00';
    local.load([
      buildPlace({ id: 'a', kind: 'RESSOURCERIE', lat: 49.6, lng: -1.6, openingHours: weekdays }),
      buildPlace({ id: 'b', kind: 'RESSOURCERIE', lat: 49.1, lng: -1.1, openingHours: 'Sa 09:00-12:00' }),
      buildPlace({ id: 'c', kind: 'REPAIR_CAFE', lat: 45, lng: 2, openingHours: weekdays }),
    ]);
    const wednesday = new Date('2026-07-15T10:00:00');
    const open = { openNow: true };
    const everything = { west: -5, south: 41, east: 10, north: 51 };
    const most = { west: -2, south: 46, east: 3, north: 50 }; // a and b, not c: over a quarter of the extent
    const kinds = (query: Parameters<typeof local.facets>[0]) => local.facets(query).kinds;
    expect(kinds({ limit: 0, filter: open, now: wednesday })).toEqual({ RESSOURCERIE: 1, REPAIR_CAFE: 1 });
    expect(kinds({ limit: 0, bbox: everything, filter: open, now: wednesday })).toEqual({
      RESSOURCERIE: 1,
      REPAIR_CAFE: 1,
    });
    expect(kinds({ limit: 0, bbox: most, now: wednesday })).toEqual({ RESSOURCERIE: 2 });
    expect(kinds({ limit: 0, bbox: most, filter: open, now: wednesday })).toEqual({ RESSOURCERIE: 1 });
    // Saturday morning, the next minute's answer is its own.
    expect(kinds({ limit: 0, filter: open, now: new Date('2026-07-18T10:00:00') })).toEqual({ RESSOURCERIE: 1 });
    // A place written since, outside the box that held every place, and open: the box no longer holds all.
    local.upsert(buildPlace({ id: 'd', kind: 'REPAIR_CAFE', lat: 52, lng: 2, openingHours: weekdays }));
    expect(kinds({ limit: 0, bbox: everything, filter: open, now: wednesday })).toEqual({
      RESSOURCERIE: 1,
      REPAIR_CAFE: 1,
    });
    expect(kinds({ limit: 0, filter: open, now: wednesday })).toEqual({ RESSOURCERIE: 1, REPAIR_CAFE: 2 });
    expect(local.search({ limit: 5, bbox: everything, filter: open, now: wednesday }).total).toBe(2);
  });
});
