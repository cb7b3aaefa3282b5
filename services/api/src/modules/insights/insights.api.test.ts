import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { buildPlace } from '../../../test/factories';
import { counterTotals } from '../../../test/insight-counters';
import { counterDeltas } from '../../../test/metrics';
import { createOrganization, gqlWith, signedInAs } from '../../../test/staff';
import { NO_DIMENSIONS } from './counted';
import { counterId } from './insight-counter.model';
import { dayOf } from './request-insights';

// Anonymous demand counters through the real API and database: searches, outcomes and « Avez-vous
// trouvé ? » are counted (flushed every 200 ms here), DNT / GPC requests are not, and who sees what.
jest.setTimeout(60_000);

const ADMIN_TOKEN = 'insights-admin-token-0123456789abcdef';
const t = useTestApp({
  seedDemo: false,
  env: {
    REEMPLOI_INSIGHTS_FLUSH_MS: '200',
    REEMPLOI_INSIGHTS_SHOWN_FLUSH_MS: '200',
    REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
  },
});

const CHERBOURG = { lat: 49.64, lng: -1.62 };
const today = dayOf(new Date());
const SEARCH = `query($filter: PlaceFilter, $near: GeoPointInput) {
  places(filter: $filter, near: $near, first: 5) { totalCount edges { node { id } } }
}`;
const INSIGHTS = `query($from: String!, $to: String!) {
  insights(from: $from, to: $to) {
    searchesByDay { day count }
    communes { inseeCode searches nothingWithin5Km nothingWithin15Km nothingWithin30Km }
    subcategories { subcategoryId action count }
    feedback { answer count }
    places { placeId name shown opened called website directions }
  }
}`;
const PLACE_FIGURES = `query($from: String!, $to: String!) { insights(from: $from, to: $to) { places { placeId shown opened called } feedback { answer count } } }`;

let orgA: string;
let placeA: string;
let placeB: string;
/** Every counter's total over instances, by its dimensions (test/insight-counters.ts). */
const counters = () => counterTotals();
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
const insightsAs = async (gql = admin()) => (await gql<any>(INSIGHTS, { from: today, to: today })).data?.insights;
const sought = async (subcategoryId: string) =>
  ((await insightsAs()).subcategories as { subcategoryId: string; count: number }[])
    .filter((s) => s.subcategoryId === subcategoryId)
    .reduce((n, s) => n + s.count, 0);

beforeAll(async () => {
  orgA = await createOrganization();
  const offers = [{ action: 'DONATE', subcategories: ['velo'] }];
  placeA = String(
    (
      await buildPlace({
        name: 'Atelier vélo A',
        organizationId: orgA,
        address: { commune: 'Cherbourg-en-Cotentin', inseeCode: '50129' },
        offers,
      })
    )._id,
  );
  placeB = String(
    (
      await buildPlace({
        name: 'Ressourcerie B',
        address: { commune: 'Valognes', inseeCode: '50615' },
        location: { type: 'Point', coordinates: [-1.47, 49.51] },
        offers,
      })
    )._id,
  );
  await t.directory.build();
});

describe('counting', () => {
  it('counts a search by sub-category, commune of the searched point and nearness, and the places shown', async () => {
    for (let i = 0; i < 5; i += 1)
      expect(
        (await t.gql(SEARCH, { filter: { subcategories: ['velo'], actions: ['DONATE'] }, near: CHERBOURG })).errors,
      ).toBeUndefined();
    await eventually(async () => {
      const insights = await insightsAs();
      expect(insights.subcategories).toContainEqual({ subcategoryId: 'velo', action: 'DONATE', count: 5 });
      expect(insights.communes).toContainEqual({
        inseeCode: '50129',
        searches: 5,
        nothingWithin5Km: 0,
        nothingWithin15Km: 0,
        nothingWithin30Km: 0,
      });
      expect(insights.places.find((p: { placeId: string }) => p.placeId === placeA)).toMatchObject({
        name: 'Atelier vélo A',
        shown: 5,
      });
    });
  });

  it('does not count a request with DNT: 1 or Sec-GPC: 1', async () => {
    const dnt = gqlWith(t.app, { dnt: '1' });
    const gpc = gqlWith(t.app, { 'sec-gpc': '1' });
    await dnt(SEARCH, { filter: { subcategories: ['livre'] }, near: CHERBOURG });
    await gpc(SEARCH, { filter: { subcategories: ['livre'] }, near: CHERBOURG });
    expect(
      (await dnt<any>('mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: CALLED) }', { id: placeB })).data,
    ).toEqual({
      countPlaceOutcome: false,
    });
    // A counted search after them: once it is in the database, theirs would be too.
    await t.gql(SEARCH, { filter: { subcategories: ['vaisselle'] }, near: CHERBOURG });
    await eventually(async () => expect(await sought('vaisselle')).toBe(1));
    expect(await sought('livre')).toBe(0);
    const b = (await insightsAs()).places.find((p: { placeId: string }) => p.placeId === placeB);
    expect(b?.called ?? 0).toBe(0);
  });

  it('counts a search answered from the response cache like any other', async () => {
    const get = () =>
      request(t.app)
        .get('/graphql')
        .query({ query: SEARCH, variables: JSON.stringify({ filter: { subcategories: ['jouet'] }, near: CHERBOURG }) })
        .expect(200);
    for (let i = 0; i < 4; i += 1) await get();
    await eventually(async () => expect(await sought('jouet')).toBe(4));
  });

  it('counts a search replayed from the response cache exactly as the same search computed', async () => {
    const variables = { filter: { subcategories: ['velo'], actions: ['DONATE'] }, near: { lat: 49.6, lng: -1.6 } };
    const get = () =>
      request(t.app)
        .get('/graphql')
        .query({ query: SEARCH, variables: JSON.stringify(variables) })
        .expect(200);
    /** Twice the same search; which answers came from the cache, and what each counter gained. */
    const twice = async (expected?: Record<string, number>) => {
      const before = await counters();
      // The cache keeps answers per minute: the clock stands still while the two requests are made.
      jest.spyOn(Date, 'now').mockReturnValue(Date.now());
      let body = '';
      const cache = await counterDeltas(
        'reemploi_graphql_response_cache_total',
        'result',
        ['hit', 'miss'],
        async () => {
          body = (await get()).text;
          await get();
        },
      );
      jest.restoreAllMocks();
      const shown = (JSON.parse(body).data.places.edges as { node: { id: string } }[]).map((e) => e.node.id);
      const search = { ...NO_DIMENSIONS, day: today, action: 'SEARCH' as const, searchAction: 'DONATE' };
      const counted = [
        { ...search, subcategoryId: 'velo', inseeCode: '50129', nearBand: 'KM5' },
        ...shown.map((placeId) => ({
          ...search,
          action: 'OUTCOME' as const,
          searchAction: null,
          outcome: 'SHOWN',
          placeId,
        })),
      ];
      const wanted = expected ?? Object.fromEntries(counted.map((key) => [counterId(key), 2]));
      let gained: Record<string, number> = {};
      await eventually(async () => {
        const after = await counters();
        gained = Object.fromEntries(
          Object.entries(after)
            .map(([k, n]) => [k, n - (before[k] ?? 0)] as const)
            .filter(([, n]) => n !== 0),
        );
        expect(gained).toEqual(wanted);
      });
      return { cache, shown, gained };
    };
    const computed = await twice(); // seen once (noted), seen again (kept): both computed
    expect(computed.cache).toEqual({ hit: 0, miss: 2 });
    expect(computed.shown).toEqual([placeA, placeB]);
    const replayed = await twice(computed.gained);
    expect(replayed.cache).toEqual({ hit: 2, miss: 0 });
  });

  it('counts a replay of an answer first computed under DNT, and not a replay asked under DNT', async () => {
    const variables = { filter: { subcategories: ['chaussures'] }, near: CHERBOURG };
    const get = (headers: Record<string, string> = {}) =>
      request(t.app)
        .get('/graphql')
        .query({ query: SEARCH, variables: JSON.stringify(variables) })
        .set(headers)
        .expect(200);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now());
    const cache = await counterDeltas('reemploi_graphql_response_cache_total', 'result', ['hit', 'miss'], async () => {
      await get({ dnt: '1' });
      await get({ dnt: '1' }); // kept by the cache, computed under DNT
      await get({ 'sec-gpc': '1' }); // replayed, not counted
      await get(); // replayed, counted
    });
    jest.restoreAllMocks();
    expect(cache).toEqual({ hit: 2, miss: 2 });
    await eventually(async () => expect(await sought('chaussures')).toBe(1));
  });

  it('hides communes with fewer than 5 searches', async () => {
    const valognes = { lat: 49.51, lng: -1.47 };
    for (let i = 0; i < 4; i += 1)
      expect((await t.gql(SEARCH, { filter: { subcategories: ['meuble'] }, near: valognes })).errors).toBeUndefined();
    await eventually(async () => expect(await sought('meuble')).toBe(4));
    const communes = (await insightsAs()).communes as { inseeCode: string }[];
    expect(communes.map((c) => c.inseeCode)).toEqual(['50129']);
  });

  it('counts outcomes and answers to « Avez-vous trouvé ? »', async () => {
    await t.gql('mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: OPENED) }', { id: placeA });
    await t.gql('mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: DIRECTIONS) }', { id: placeA });
    const answered = await t.gql('mutation($id: ID!) { answerFoundIt(answer: PLACE_CLOSED, placeId: $id) }', {
      id: placeA,
    });
    expect(answered).toEqual({ data: { answerFoundIt: true } });
    await eventually(async () => {
      const insights = await insightsAs();
      expect(insights.places.find((p: { placeId: string }) => p.placeId === placeA)).toMatchObject({
        opened: 1,
        directions: 1,
      });
      expect(insights.feedback).toEqual([{ answer: 'PLACE_CLOSED', count: 1 }]);
    });
  });

  it('refuses an unknown place or sub-category with BAD_USER_INPUT and counts nothing', async () => {
    const unknownPlace = await t.gql(
      'mutation { countPlaceOutcome(placeId: "0123456789abcdef01234567", outcome: CALLED) }',
    );
    expect(unknownPlace.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placeId' });
    const badId = await t.gql('mutation { countPlaceOutcome(placeId: "x", outcome: CALLED) }');
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownSub = await t.gql('mutation { answerFoundIt(answer: NOT_FOUND, subcategoryId: "licorne") }');
    expect(unknownSub.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subcategoryId' });
  });
});

describe('who sees what', () => {
  it('tells anonymous users to sign in', async () => {
    const answer = await t.gql(INSIGHTS, { from: today, to: today });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a structure its own places only, and no territory-wide figure', async () => {
    await t.gql('mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: CALLED) }', { id: placeB });
    await eventually(async () =>
      expect((await insightsAs()).places.find((p: { placeId: string }) => p.placeId === placeB)?.called).toBe(1),
    );
    const { gql } = await signedInAs(t.app, 'STRUCTURE', orgA);
    const own = await gql<any>(PLACE_FIGURES, { from: today, to: today });
    expect(own.errors).toBeUndefined();
    expect(own.data.insights.places.map((p: { placeId: string }) => p.placeId)).toEqual([placeA]);
    expect(own.data.insights.feedback).toEqual([{ answer: 'PLACE_CLOSED', count: 1 }]);
    const territory = await gql(`query($d: String!) { insights(from: $d, to: $d) { searchesByDay { count } } }`, {
      d: today,
    });
    expect(territory.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const other = await gql(`query($d: String!, $o: ID!) { insights(from: $d, to: $d, organizationId: $o) { from } }`, {
      d: today,
      o: await createOrganization(),
    });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
  });

  it('lets an admin narrow to one organisation', async () => {
    const answer = await admin()<any>(
      `query($d: String!, $o: ID!) { insights(from: $d, to: $d, organizationId: $o) { places { placeId } } }`,
      { d: today, o: orgA },
    );
    expect(answer.data.insights.places.map((p: { placeId: string }) => p.placeId)).toEqual([placeA]);
  });

  it('refuses a bad range with BAD_USER_INPUT', async () => {
    for (const [from, to, field] of [
      ['2026-13-01', '2026-12-01', 'from'],
      ['2026-12-02', '2026-12-01', 'from'],
      ['2024-01-01', '2026-12-01', 'to'],
    ]) {
      const answer = await admin()(INSIGHTS, { from, to });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses an organisation id that is not one with BAD_USER_INPUT, not a server error', async () => {
    const answer = await admin()(
      'query($o: ID) { insights(from: "2026-01-01", to: "2026-01-31", organizationId: $o) { from } }',
      { o: 'Bi' },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });
});
