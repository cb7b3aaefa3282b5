import { useTestApp } from '../../../test/app';
import { buildPlace, buildSource } from '../../../test/factories';
import { createOrganization, signedInAs, type Gql } from '../../../test/staff';
import { AuditEventModel } from '../audit/audit-event.model';
import { OrganizationModel } from '../organizations/organization.model';
import { PlaceModel } from './place.model';
import { SourceModel } from './source.model';
import type { StoredPlace } from './commands/write-place';

const t = useTestApp({ seedDemo: false });
const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

const FRESHNESS = 'freshness { status confirmedAt confirmedBy { type name } }';
const PUBLIC = `query($id: ID!) { place(id: $id) { name ${FRESHNESS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmPlace(id: $id) { id version place { ${FRESHNESS} } } }`;
const TO_VERIFY = `query($first: Int, $after: String) { placesToVerify(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id place { name ${FRESHNESS} } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $f: PlaceFieldsInput!) { updatePlace(id: $id, version: $v, fields: $f) { place { place { ${FRESHNESS} } } } }`;

/** A place as stored long ago (legacy data: no confirmation recorded), visible to this app's directory. */
async function oldPlace(fields: Record<string, unknown>, updatedDaysAgo: number): Promise<string> {
  const place = await buildPlace(fields);
  // Test set-up of legacy data: a write that predates this feature, dated in the past.
  await PlaceModel.collection.updateOne({ _id: place._id }, { $set: { updatedAt: daysAgo(updatedDaysAgo) } });
  t.directory.apply((await PlaceModel.findById(place._id).lean()) as StoredPlace);
  return String(place._id);
}

const freshnessOf = async (id: string) => (await t.gql(PUBLIC, { id })).data!.place as { freshness: unknown };

describe('Place.freshness', () => {
  it('is FRESH, confirmed by the source, while a source listed the place in the last 12 months', async () => {
    const source = await buildSource({ name: 'Refashion (test)' });
    const seen = daysAgo(30);
    const id = await oldPlace(
      { sources: [{ sourceId: source._id, name: source.name, firstSeenAt: seen, lastSeenAt: seen }] },
      400,
    );
    expect(await freshnessOf(id)).toMatchObject({
      freshness: {
        status: 'FRESH',
        confirmedAt: seen.toISOString(),
        confirmedBy: { type: 'SOURCE', name: 'Refashion (test)' },
      },
    });
  });

  it('is TO_VERIFY after 12 months without any confirmation, dated from what the place has (back-fill on read)', async () => {
    const source = await buildSource({ name: 'OSM (test)' });
    const seen = daysAgo(380);
    const listed = await oldPlace(
      { sources: [{ sourceId: source._id, name: source.name, firstSeenAt: seen, lastSeenAt: seen }] },
      370,
    );
    expect(await freshnessOf(listed)).toMatchObject({
      freshness: { status: 'TO_VERIFY', confirmedAt: seen.toISOString(), confirmedBy: { type: 'SOURCE' } },
    });
    // No source, no confirmation recorded: its last write stands for the staff's last look at it.
    const byHand = await oldPlace({}, 400);
    expect(await freshnessOf(byHand)).toMatchObject({
      freshness: { status: 'TO_VERIFY', confirmedBy: { type: 'STAFF', name: null } },
    });
  });

  it("takes the source's last complete run as its confirmation (runs do not write the places they only see)", async () => {
    const source = await buildSource({ name: 'SINOE (test)' });
    const seen = daysAgo(500);
    const id = await oldPlace(
      { sources: [{ sourceId: source._id, name: source.name, firstSeenAt: seen, lastSeenAt: seen }] },
      500,
    );
    const run = daysAgo(2);
    await SourceModel.updateOne({ _id: source._id }, { $set: { confirmedAt: run } });
    await t.directory.build(); // what the next poll does
    expect(await freshnessOf(id)).toMatchObject({
      freshness: { status: 'FRESH', confirmedAt: run.toISOString(), confirmedBy: { type: 'SOURCE' } },
    });
  });
});

describe('confirmPlace (« Toujours exact »)', () => {
  let orgId = '';
  let structure: Gql;

  beforeAll(async () => {
    orgId = await createOrganization('Recyclerie du Cotentin');
    structure = (await signedInAs(t.app, 'STRUCTURE', orgId)).gql;
  });

  it("lets a structure confirm its own place: FRESH again, confirmed by the structure's name, with an audit event", async () => {
    const id = await oldPlace({ organizationId: orgId }, 500);
    const res = await structure(CONFIRM, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.confirmPlace).toMatchObject({
      version: 2,
      place: { freshness: { status: 'FRESH', confirmedBy: { type: 'STRUCTURE', name: 'Recyclerie du Cotentin' } } },
    });
    expect(await freshnessOf(id)).toMatchObject({
      freshness: { status: 'FRESH', confirmedBy: { type: 'STRUCTURE', name: 'Recyclerie du Cotentin' } },
    });
    const events = await AuditEventModel.find({ placeId: id }).lean();
    expect(events.map((e) => ({ action: e.action, changes: e.changes }))).toEqual([{ action: 'CONFIRM', changes: [] }]);
  });

  it('refuses another organisation’s place, a moderator and an anonymous caller, and stores nothing', async () => {
    const other = await oldPlace({ organizationId: await createOrganization() }, 500);
    const moderator = (await signedInAs(t.app, 'MODERATOR')).gql;
    expect((await structure(CONFIRM, { id: other })).errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_ORGANIZATION',
    });
    expect((await moderator(CONFIRM, { id: other })).errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    expect((await t.gql(CONFIRM, { id: other })).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const stored = (await PlaceModel.findById(other).lean())!;
    expect(stored).toMatchObject({ version: 1, confirmedAt: null });
    expect(await freshnessOf(other)).toMatchObject({ freshness: { status: 'TO_VERIFY' } });
  });

  it('refuses an id that is not one with BAD_USER_INPUT', async () => {
    expect((await structure(CONFIRM, { id: 'nope' })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('counts a staff edit as a confirmation by the staff, without naming the person', async () => {
    const editor = (await signedInAs(t.app, 'EDITOR', orgId)).gql;
    const id = await oldPlace({ organizationId: orgId }, 500);
    const res = await editor(UPDATE, { id, v: 1, f: { openingHours: 'Mo-Fr 09:00-17:00' } });
    expect(res.data!.updatePlace.place.place.freshness).toMatchObject({
      status: 'FRESH',
      confirmedBy: { type: 'STAFF', name: null },
    });
  });
});

describe('placesToVerify (« À vérifier »)', () => {
  it('lists published places unconfirmed for 12 months in the viewer’s scope, the oldest confirmation first', async () => {
    const org = await OrganizationModel.create({ name: 'Emmaüs (test)', kind: 'STRUCTURE' });
    const orgId = String(org._id);
    const oldest = await oldPlace({ organizationId: orgId, name: 'Plus ancien' }, 900);
    const older = await oldPlace({ organizationId: orgId, name: 'Ancien' }, 600);
    await oldPlace({ organizationId: orgId, name: 'Récent' }, 20);
    await oldPlace({ organizationId: orgId, name: 'Fermé', status: 'CLOSED' }, 900);
    await oldPlace({ name: 'Autre structure' }, 1000);

    const structure = (await signedInAs(t.app, 'STRUCTURE', orgId)).gql;
    const first = await structure(TO_VERIFY, { first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.placesToVerify).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.data!.placesToVerify.nodes.map((n: { id: string }) => n.id)).toEqual([oldest]);
    const next = await structure(TO_VERIFY, { first: 1, after: first.data!.placesToVerify.pageInfo.endCursor });
    expect(next.data!.placesToVerify.nodes.map((n: { id: string }) => n.id)).toEqual([older]);

    // Confirmed: off the list.
    await structure(CONFIRM, { id: oldest });
    const after = await structure(TO_VERIFY, {});
    expect(after.data!.placesToVerify.nodes.map((n: { id: string }) => n.id)).toEqual([older]);
  });

  it('is for staff only', async () => {
    expect((await t.gql(TO_VERIFY, {})).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
