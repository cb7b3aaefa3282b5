import { useTestApp } from '../../../test/app';
import { eventually } from '../../../test/eventually';
import { buildPlace } from '../../../test/factories';
import { createOrganization, gqlWith, signedInAs } from '../../../test/staff';
import { dayOf } from './request-insights';

// A structure's own page of figures through the real API and database: its places per month, and what
// residents sought within 15 km of them that it does and does not take; who may see it.
jest.setTimeout(60_000);

const ADMIN_TOKEN = 'structure-insights-admin-token-0123456789';
const t = useTestApp({
  seedDemo: false,
  env: {
    REEMPLOI_INSIGHTS_FLUSH_MS: '200',
    REEMPLOI_INSIGHTS_SHOWN_FLUSH_MS: '200',
    REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
  },
});

const today = dayOf(new Date());
const VALOGNES = { lat: 49.509, lng: -1.4703 }; // 12 km from Bricquebec, 30 km from Barneville
const SEARCH = `query($filter: PlaceFilter, $near: GeoPointInput) { places(filter: $filter, near: $near, first: 5) { totalCount } }`;
const FIGURES = `query($from: String!, $to: String!, $org: ID) {
  structureInsights(from: $from, to: $to, organizationId: $org) {
    organizationId
    months { month shown opened called website directions }
    places { placeId name called }
    soughtNearby { subcategoryId offered searches nothingWithin15Km }
  }
}`;

let orgA: string;
let placeA: string;
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });

beforeAll(async () => {
  orgA = await createOrganization();
  // A repair café in Bricquebec taking bikes, and a place of another structure.
  placeA = String(
    (
      await buildPlace({
        name: 'Atelier de Bricquebec',
        organizationId: orgA,
        address: { commune: 'Bricquebec-en-Cotentin', inseeCode: '50082' },
        location: { type: 'Point', coordinates: [-1.6333, 49.4703] },
        offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
      })
    )._id,
  );
  await buildPlace({
    name: 'Ailleurs',
    address: { commune: 'Barneville-Carteret', inseeCode: '50031' },
    location: { type: 'Point', coordinates: [-1.7833, 49.3833] },
    offers: [{ action: 'DONATE', subcategories: ['meuble'] }],
  });
  await t.directory.build();
  // Five searches for bikes and five for furniture from Valognes, three for books (under the threshold).
  for (const [subcategory, times] of [
    ['velo', 5],
    ['meuble', 5],
    ['livre', 3],
  ] as const)
    for (let i = 0; i < times; i += 1)
      expect(
        (await t.gql(SEARCH, { filter: { subcategories: [subcategory] }, near: VALOGNES })).errors,
      ).toBeUndefined();
  await t.gql('mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: CALLED) }', { id: placeA });
});

describe("a structure's figures", () => {
  it('shows a structure its places per month and what is sought nearby, offered or not', async () => {
    const { gql } = await signedInAs(t.app, 'STRUCTURE', orgA);
    await eventually(async () => {
      const answer = await gql<any>(FIGURES, { from: today, to: today });
      expect(answer.errors).toBeUndefined();
      const figures = answer.data.structureInsights;
      expect(figures.organizationId).toBe(orgA);
      expect(figures.months).toEqual([
        { month: today.slice(0, 7), shown: 5, opened: 0, called: 1, website: 0, directions: 0 },
      ]);
      expect(figures.places).toEqual([{ placeId: placeA, name: 'Atelier de Bricquebec', called: 1 }]);
      expect(figures.soughtNearby).toEqual([
        { subcategoryId: 'meuble', offered: false, searches: 5, nothingWithin15Km: 5 },
        { subcategoryId: 'velo', offered: true, searches: 5, nothingWithin15Km: 0 },
      ]);
    });
  });

  it('refuses another structure’s figures, and anonymous callers', async () => {
    const { gql } = await signedInAs(t.app, 'STRUCTURE', orgA);
    const other = await gql(FIGURES, { from: today, to: today, org: await createOrganization() });
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const anonymous = await t.gql(FIGURES, { from: today, to: today, org: orgA });
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a structure with no place nearby demand nothing of another’s', async () => {
    const { gql } = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    const answer = await gql<any>(FIGURES, { from: today, to: today });
    expect(answer.data.structureInsights).toMatchObject({ months: [], places: [], soughtNearby: [] });
  });

  it('lets the syndicate’s staff open any structure, named', async () => {
    await eventually(async () => {
      const answer = await admin()<any>(FIGURES, { from: today, to: today, org: orgA });
      expect(answer.data.structureInsights.places).toEqual([
        { placeId: placeA, name: 'Atelier de Bricquebec', called: 1 },
      ]);
    });
    const unnamed = await admin()(FIGURES, { from: today, to: today });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });
});
