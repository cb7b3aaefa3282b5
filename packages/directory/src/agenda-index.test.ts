import fc from 'fast-check';
import { AgendaIndex, type AgendaEvent, type AgendaQuery } from './agenda-index';
import { haversineMeters } from './geo';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2027, 0, 1, 13); // 14:00 in Paris

function event(fields: Partial<AgendaEvent> & { id: string }): AgendaEvent {
  return {
    lat: 49.64,
    lng: -1.62,
    inseeCode: '50129',
    kind: 'REPAIR_CAFE',
    actions: ['REPAIR'],
    subcategories: ['small_appliances'],
    starts: [T0],
    durationMs: 3 * HOUR,
    ...fields,
  };
}

const cherbourg = { lat: 49.64, lng: -1.62 };
/** Near Cherbourg, far enough to reach Paris. */
const wide = { near: cherbourg, radiusMeters: 400_000 };

describe('AgendaIndex', () => {
  it('lists the occurrences in the window by start time, across events', () => {
    const index = new AgendaIndex([
      event({ id: 'a', starts: [T0, T0 + 7 * DAY, T0 + 14 * DAY] }),
      event({ id: 'b', starts: [T0 + DAY, T0 + 8 * DAY] }),
    ]);
    const { hits, hasNextPage } = index.query({ ...wide, from: T0 + DAY, to: T0 + 10 * DAY, first: 10 });
    expect(hits.map((h) => [h.eventId, (h.start - T0) / DAY])).toEqual([
      ['b', 1],
      ['a', 7],
      ['b', 8],
    ]);
    expect(hasNextPage).toBe(false);
  });

  it('keeps an occurrence under way at the start of the window', () => {
    const index = new AgendaIndex([event({ id: 'a', starts: [T0] })]);
    expect(index.query({ ...wide, from: T0 + HOUR, to: T0 + DAY, first: 5 }).hits).toHaveLength(1);
    expect(index.query({ ...wide, from: T0 + 3 * HOUR, to: T0 + DAY, first: 5 }).hits).toHaveLength(0);
  });

  it('pages with a cursor without losing or repeating occurrences that start together', () => {
    const index = new AgendaIndex(['c', 'a', 'b'].map((id) => event({ id, starts: [T0, T0 + DAY] })));
    const seen: string[] = [];
    let after: AgendaQuery['after'];
    for (;;) {
      const page = index.query({ ...wide, from: T0, to: T0 + 5 * DAY, first: 2, after });
      seen.push(...page.hits.map((h) => `${h.eventId}@${(h.start - T0) / DAY}`));
      if (!page.hasNextPage) break;
      const last = page.hits.at(-1)!;
      after = { start: last.start, eventId: last.eventId };
    }
    expect(seen).toEqual(['a@0', 'b@0', 'c@0', 'a@1', 'b@1', 'c@1']);
  });

  it('keeps events within the radius, by commune, kind, action and sub-category', () => {
    const index = new AgendaIndex([
      event({ id: 'near' }),
      event({ id: 'far', lat: 48.85, lng: 2.35, inseeCode: '75056' }),
      event({ id: 'sale', kind: 'SALE', actions: ['BUY'], subcategories: ['furniture'] }),
    ]);
    const ids = (q: Partial<AgendaQuery>) =>
      index
        .query({ ...wide, from: T0 - DAY, to: T0 + DAY, first: 10, ...q })
        .hits.map((h) => h.eventId)
        .sort();
    expect(ids({ near: cherbourg, radiusMeters: 20_000 })).toEqual(['near', 'sale']);
    expect(ids({ filter: { communes: ['75056'] } })).toEqual(['far']);
    expect(ids({ filter: { kinds: ['SALE'] } })).toEqual(['sale']);
    expect(ids({ filter: { actions: ['REPAIR'] } })).toEqual(['far', 'near']);
    expect(ids({ filter: { subcategories: ['furniture'] } })).toEqual(['sale']);
  });

  it('refuses a query of nowhere (no radius, no commune)', () => {
    expect(() => new AgendaIndex().query({ from: T0, to: T0 + DAY, first: 5 })).toThrow(RangeError);
  });

  it('forgets a removed event and moves a replaced one', () => {
    const index = new AgendaIndex([event({ id: 'a' }), event({ id: 'b' })]);
    index.remove('a');
    index.upsert(event({ id: 'b', lat: 48.85, lng: 2.35, inseeCode: '75056' }));
    expect(index.query({ from: T0 - DAY, to: T0 + DAY, first: 5, near: cherbourg, radiusMeters: 50_000 }).hits).toEqual(
      [],
    );
    expect(index.query({ from: T0 - DAY, to: T0 + DAY, first: 5, filter: { communes: ['75056'] } }).hits).toHaveLength(
      1,
    );
    expect(index.size).toBe(1);
  });

  it('answers like a scan of every occurrence (random events and queries)', () => {
    const arbEvent = fc.record({
      lat: fc.double({ min: 49.3, max: 49.8, noNaN: true }),
      lng: fc.double({ min: -1.9, max: -1.1, noNaN: true }),
      starts: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
      hours: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbEvent, { maxLength: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1000, max: 40_000 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, fromDay, days, radius, first) => {
          const events = raw.map((r, i) =>
            event({
              id: `e${i}`,
              lat: r.lat,
              lng: r.lng,
              starts: [...r.starts].sort((a, b) => a - b).map((d) => T0 + d * DAY),
              durationMs: r.hours * HOUR,
            }),
          );
          const from = T0 + fromDay * DAY;
          const to = from + days * DAY;
          const expected = events
            .filter((e) => haversineMeters(cherbourg, e) <= radius)
            .flatMap((e) => e.starts.filter((s) => s < to && s + e.durationMs > from).map((s) => `${s}|${e.id}`))
            .sort((a, b) => {
              const [sa, ia] = a.split('|');
              const [sb, ib] = b.split('|');
              return Number(sa) - Number(sb) || (ia! < ib! ? -1 : ia! > ib! ? 1 : 0);
            });
          const got = new AgendaIndex(events)
            .query({ from, to, near: cherbourg, radiusMeters: radius, first })
            .hits.map((h) => `${h.start}|${h.eventId}`);
          expect(got).toEqual(expected.slice(0, first));
        },
      ),
    );
  });
});
