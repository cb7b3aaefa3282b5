import { Types } from 'mongoose';
import { useTestApp } from '../../../test/app';
import { fixture } from '../../../test/federation-fixtures';
import { countsOf, importFile } from '../../../test/federation-import';
import { createOrganization, gqlWith, signedInAs, type Gql } from '../../../test/staff';
import { mergeRecord } from '../federation/merge/merge';
import { mergeIntoPlace, createPlaces, type LocatedRecord } from '../federation/merge/place-writer';
import { toWriteTarget } from '../federation/merge/write-target';
import type { PlaceFields } from '../federation/normalise/normalise-record';
import { COTENTIN_EPCI } from '../federation/connectors/mapping';
import { SourceModel } from './source.model';
import { PlaceModel } from './place.model';

const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '100000', REEMPLOI_SUGGESTIONS_PER_MIN: '1000' },
});
let editor: Gql;
let moderator: Gql;
let orgId = '';

const PLACE_FIELDS =
  'id version status overrides provenance { field source overridden } place { name openingHours address { street commune } offers { action subcategories { id } } }';
const CREATE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { ${PLACE_FIELDS} } problems { field message } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $f: PlaceFieldsInput!) { updatePlace(id: $id, version: $v, fields: $f) { place { ${PLACE_FIELDS} } problems { field message } } }`;
const PUBLIC = 'query($id: ID!) { place(id: $id) { name } }';

async function create(fields: Record<string, unknown>, status = 'PUBLISHED') {
  const res = await editor(CREATE, {
    input: { fields: { kind: 'RESSOURCERIE', location: { lat: 49.64, lng: -1.62 }, ...fields }, status },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createPlace.place;
}

beforeAll(async () => {
  orgId = await createOrganization('Syndicat du Cotentin');
  editor = (await signedInAs(t.app, 'EDITOR', orgId)).gql;
  moderator = (await signedInAs(t.app, 'MODERATOR')).gql;
});

describe('staff editing of places', () => {
  it('refuses a stale save with CONFLICT carrying the current values of the fields changed since', async () => {
    const place = await create({ name: 'Ressourcerie de Valognes', openingHours: 'Tu-Sa 10:00-18:00' });
    const first = await editor(UPDATE, {
      id: place.id,
      v: 1,
      f: { openingHours: 'We-Sa 10:00-18:00', address: { street: '1 rue du Port' } },
    });
    expect(first.data!.updatePlace.place).toMatchObject({ version: 2, place: { openingHours: 'We-Sa 10:00-18:00' } });

    const stale = await editor(UPDATE, { id: place.id, v: 1, f: { name: 'Ressourcerie valognaise' } });
    expect(stale.errors![0]!.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
      changedFields: expect.arrayContaining([
        { field: 'openingHours', current: 'We-Sa 10:00-18:00' },
        { field: 'address.street', current: '1 rue du Port' },
      ]),
    });
    expect((await PlaceModel.findById(place.id).lean())!.name).toBe('Ressourcerie de Valognes');
  });

  it('lets exactly one of several simultaneous saves from the same version win, the others get CONFLICT', async () => {
    const place = await create({ name: 'Recyclerie des Pieux' });
    const names = ['Recyclerie A', 'Recyclerie B', 'Recyclerie C', 'Recyclerie D'];
    const results = await Promise.all(names.map((name) => editor(UPDATE, { id: place.id, v: 1, f: { name } })));
    const winners = results.filter((r) => r.data?.updatePlace?.place);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(3);
    const stored = (await PlaceModel.findById(place.id).lean())!;
    expect(stored.version).toBe(2);
    expect(stored.name).toBe(winners[0]!.data!.updatePlace.place.place.name);
  });

  it('records a hand edit as an editor override that the federation merge leaves alone until cleared', async () => {
    const place = await create({ name: 'Recyclerie' });
    const edited = await editor(UPDATE, { id: place.id, v: 1, f: { name: 'La Recyclerie du Cotentin' } });
    expect(edited.data!.updatePlace.place.overrides).toContain('name');
    expect(edited.data!.updatePlace.place.provenance).toContainEqual({
      field: 'name',
      source: 'editor',
      overridden: true,
    });

    const stored = (await PlaceModel.findById(place.id).lean())!;
    const sourceId = new Types.ObjectId().toString();
    const merged = mergeRecord(
      stored as never,
      { name: 'RECYCLERIE (source)', openingHours: 'Mo 10:00-12:00' },
      { sourceId, priority: 100, priorities: new Map() },
    );
    expect(merged.set).not.toHaveProperty('name');

    const cleared = await editor(
      'mutation($id: ID!) { clearOverride(placeId: $id, version: 2, field: "name") { version overrides } }',
      { id: place.id },
    );
    expect(cleared.data!.clearOverride).toEqual({ version: 3, overrides: expect.not.arrayContaining(['name']) });
    const after = (await PlaceModel.findById(place.id).lean())!;
    expect(
      mergeRecord(after as never, { name: 'RECYCLERIE (source)' }, { sourceId, priority: 100, priorities: new Map() })
        .set,
    ).toHaveProperty('name', 'RECYCLERIE (source)');
  });

  it('gives a cleared field its source value back at the next import, even of an unchanged file', async () => {
    const lvao = fixture('lvao-cotentin.csv');
    const options = { filter: { epci: [COTENTIN_EPCI] } };
    expect(countsOf(await importFile('lvao-csv', 'LVAO (override test)', lvao, options))).toMatchObject({
      created: 40,
    });
    const imported = (await PlaceModel.findOne({ 'sources.externalId': 'lvao0002Qx7Zp' }).lean())!;
    const fromSource = imported.openingHours;
    expect(fromSource).toBe('Mo-Fr 09:00-12:00,14:00-18:00');
    const admin = (await signedInAs(t.app, 'ADMIN')).gql;
    const id = String(imported._id);
    const edited = await admin(UPDATE, { id, v: imported.version, f: { openingHours: 'Sa 10:00-12:00' } });
    expect(edited.data!.updatePlace.place.overrides).toContain('openingHours');

    const cleared = await admin(
      'mutation($id: ID!, $v: Int!) { clearOverride(placeId: $id, version: $v, field: "openingHours") { version overrides place { openingHours } } }',
      { id, v: edited.data!.updatePlace.place.version },
    );
    // Sources' values are not stored per field: the staff value stays until the source is imported again.
    expect(cleared.data!.clearOverride).toMatchObject({ overrides: [], place: { openingHours: 'Sa 10:00-12:00' } });

    expect(countsOf(await importFile('lvao-csv', 'LVAO (override test)', lvao, options))).toMatchObject({
      updated: 1,
      unchanged: 39,
    });
    const MANAGED = 'query($id: ID!) { managedPlace(id: $id) { place { openingHours } provenance { field source } } }';
    const managed = await admin(MANAGED, { id });
    expect(managed.data!.managedPlace.place.openingHours).toBe(fromSource);
    expect(managed.data!.managedPlace.provenance).toContainEqual({
      field: 'openingHours',
      source: 'LVAO (override test)',
    });
  });

  it('keeps a draft private until it is published, then serves it to the public at once', async () => {
    const draft = await create({ name: 'Donnerie en préparation' }, 'DRAFT');
    expect(draft.status).toBe('DRAFT');
    expect((await t.gql(PUBLIC, { id: draft.id })).data).toEqual({ place: null });
    expect(t.directory.index.get(draft.id)).toBeUndefined();
    const suggestion = await t.gql<any>(
      'mutation($id: ID!) { submitSuggestion(input: { kind: CLOSED, placeId: $id }) { received } }',
      { id: draft.id },
    );
    expect(suggestion.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(
      (await moderator(`query($id: ID!) { managedPlace(id: $id) { status } }`, { id: draft.id })).data!.managedPlace
        .status,
    ).toBe('DRAFT');

    await editor('mutation($id: ID!) { publishPlace(id: $id, version: 1) { status } }', { id: draft.id });
    expect((await t.gql(PUBLIC, { id: draft.id })).data).toEqual({ place: { name: 'Donnerie en préparation' } });
    expect(t.directory.index.get(draft.id)?.name).toBe('Donnerie en préparation');
    await editor('mutation($id: ID!) { closePlace(id: $id, version: 2) { status } }', { id: draft.id });
    expect(t.directory.index.get(draft.id)).toBeUndefined();
  });

  it('reports invalid hours, unknown sub-categories and missing fields as problems, writing nothing', async () => {
    const res = await editor(CREATE, {
      input: {
        fields: {
          name: 'X',
          kind: 'REPAIRER',
          openingHours: 'whenever',
          offers: [{ action: 'REPAIR', subcategories: ['not_a_subcategory'] }],
        },
      },
    });
    const fields = res.data!.createPlace.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'openingHours', 'offers.0.subcategories']));
    expect(res.data!.createPlace.place).toBeNull();
  });

  it('closes several places at once and reports the one that changed meanwhile', async () => {
    const a = await create({ name: 'Point textile A' });
    const b = await create({ name: 'Point textile B' });
    await editor(UPDATE, { id: b.id, v: 1, f: { description: 'déplacé' } });
    const res = await editor(
      'mutation($p: [PlaceVersionInput!]!) { closePlaces(places: $p) { results { id place { status } error { code reason } } } }',
      {
        p: [
          { id: a.id, version: 1 },
          { id: b.id, version: 1 },
        ],
      },
    );
    expect(res.data!.closePlaces.results).toEqual([
      { id: a.id, place: { status: 'CLOSED' }, error: null },
      { id: b.id, place: null, error: { code: 'CONFLICT', reason: 'STALE_VERSION' } },
    ]);
    const hours = await editor(
      'mutation($p: [PlaceVersionInput!]!) { setPlacesOpeningHours(places: $p, openingHours: "Sa 09:00-12:00") { results { place { place { openingHours } } } problems { field } } }',
      { p: [{ id: b.id, version: 2 }] },
    );
    expect(hours.data!.setPlacesOpeningHours.results[0].place.place.openingHours).toBe('Sa 09:00-12:00');
  });

  it('tells the history of a place after an import, a staff edit and an accepted suggestion, and lets an admin revert a field', async () => {
    const source = await SourceModel.create({ name: 'Open data syndicat', format: 'csv', priority: 50 });
    const target = toWriteTarget(source, new Map([[source._id.toString(), 50]]), {
      now: new Date(),
      onWritten: (doc) => t.directory.apply(doc as never),
    });
    const fields = {
      name: 'Déchèterie de Tourlaville',
      kind: 'RECYCLING_CENTRE',
      location: { type: 'Point', coordinates: [-1.57, 49.63] },
      locationPrecision: 'ADDRESS',
      openingHours: 'Mo-Sa 09:00-12:00',
      offers: [],
      labels: [],
    } as unknown as PlaceFields;
    const located: LocatedRecord = {
      record: {
        line: 1,
        externalId: 'D1',
        fields,
        geocodeQuery: null,
        attribution: null,
        url: null,
        epci: null,
      } as never,
      fields,
      hash: 'h1',
    };
    const [id] = await createPlaces(target, [located], { allocate: async () => `decheterie-${Date.now()}` } as never);
    await PlaceModel.updateOne({ _id: id }, { $set: { organizationId: orgId } });
    await mergeIntoPlace(
      { ...target, now: new Date() },
      id!,
      { ...located, fields: { ...fields, openingHours: 'Mo-Sa 09:00-12:00,14:00-18:00' }, hash: 'h2' },
      'listed',
    );

    await editor(UPDATE, { id: String(id), v: 2, f: { name: 'Déchèterie de Cherbourg-Tourlaville' } });
    await t.gql(
      'mutation($id: ID!) { submitSuggestion(input: { kind: CORRECTION, placeId: $id, fields: { contact: { phone: "02 33 00 00 00" } } }) { received } }',
      { id: String(id) },
    );
    const queue = await moderator('query($id: ID!) { suggestions(placeId: $id) { nodes { id } } }', { id: String(id) });
    await moderator('mutation($s: ID!) { acceptSuggestion(id: $s) { suggestion { status } } }', {
      s: queue.data!.suggestions.nodes[0].id,
    });

    const HISTORY =
      'query($id: ID!) { placeHistory(id: $id) { id action actor { type sourceName email } changes { field before after } version } }';
    const history = (await editor(HISTORY, { id: String(id) })).data!.placeHistory;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['SUGGESTION', 'UPDATE', 'IMPORT', 'CREATE']);
    expect(history[0]).toMatchObject({
      actor: { type: 'SUGGESTION' },
      changes: [{ field: 'contact.phone', before: null, after: '02 33 00 00 00' }],
      version: 4,
    });
    expect(history[1]).toMatchObject({
      actor: { type: 'USER' },
      changes: [{ field: 'name', before: 'Déchèterie de Tourlaville', after: 'Déchèterie de Cherbourg-Tourlaville' }],
    });
    expect(history[2]).toMatchObject({
      actor: { type: 'IMPORT', sourceName: 'Open data syndicat' },
      changes: [{ field: 'openingHours', before: 'Mo-Sa 09:00-12:00', after: 'Mo-Sa 09:00-12:00,14:00-18:00' }],
    });

    const admin = (await signedInAs(t.app, 'ADMIN')).gql;
    const reverted = await admin(
      'mutation($e: ID!) { revertPlaceField(eventId: $e, field: "name", version: 4) { version place { name } } }',
      { e: history[1].id },
    );
    expect(reverted.data!.revertPlaceField).toEqual({ version: 5, place: { name: 'Déchèterie de Tourlaville' } });
    expect((await gqlWith(t.app)(HISTORY, { id: String(id) })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
