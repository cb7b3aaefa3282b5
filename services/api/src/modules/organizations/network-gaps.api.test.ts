import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useTestApp } from '../../../test/app';
import { townsOnlyPositionsFile } from '../../../test/commune-positions';
import { buildPlace } from '../../../test/factories';
import { createOrganization, signedInAs } from '../../../test/staff';
import { readPositionsFile, useCommunePositionsFile, withCentres, writePositionsFile } from './commune-positions';
import { OrganizationModel } from './organization.model';

type Any = any;
const t = useTestApp({ seedDemo: false });

const UPDATE =
  'mutation($id: ID!, $input: StructureProfileInput!) { updateStructureProfile(id: $id, input: $input) { id } }';
const GAPS = `query($communes: [String!]) {
  networkGaps(communes: $communes) { competence { code label } communes { commune nearestKm lat lng } }
}`;
const UNLOCATED = 'query($communes: [String!]) { communesWithoutPosition(communes: $communes) }';

async function structureWith(name: string, profile: Record<string, unknown>) {
  const org = await createOrganization(name);
  const admin = await signedInAs(t.app, 'ADMIN');
  expect((await admin.gql(UPDATE, { id: org, input: profile })).errors).toBeUndefined();
  return org;
}

async function collectivityOf(territory: string[]) {
  const org = await createOrganization();
  await OrganizationModel.updateOne({ _id: org }, { kind: 'COLLECTIVITY', territory });
  return signedInAs(t.app, 'COLLECTIVITY', org);
}

const gapsOf = (data: Any) =>
  Object.fromEntries(
    data.networkGaps.map((g: Any) => [g.competence.code, g.communes.map((c: Any) => [c.commune, c.nearestKm])]),
  );

// Distances between the towns of commune-positions.json: Les Pieux – Valognes 24.3 km, Les Pieux –
// Saint-Pierre-Église 33.9 km, Les Pieux – Varouville 35.9 km.
describe('the network’s gaps within 30 km', () => {
  beforeAll(async () => {
    await structureWith('Réparateurs de Valognes', { territory: ['Valognes'], competences: [{ code: 'REPAIR' }] });
    await structureWith('Formateurs du Val de Saire', {
      territory: ['Saint-Pierre-Église'],
      competences: [{ code: 'TRAINING' }],
    });
    const workshop = await structureWith('Atelier de Varouville', {
      territory: ['Varouville'],
      competences: [{ code: 'UPCYCLING_WORKSHOPS' }],
    });
    // Its workshop in Flamanville (≈ 6 km from Les Pieux) brings the competence within reach; a draft would not.
    await buildPlace({
      organizationId: workshop,
      name: 'Atelier de Flamanville',
      location: { type: 'Point', coordinates: [-1.8667, 49.5308] },
    });
    const drafted = await structureWith('Débarras de Varouville', {
      territory: ['Varouville'],
      competences: [{ code: 'HOUSE_CLEARANCE' }],
    });
    await buildPlace({
      organizationId: drafted,
      status: 'DRAFT',
      location: { type: 'Point', coordinates: [-1.8067, 49.5128] },
    });
  });

  it('counts a competence offered 24 km away as offered, and one 34 km away as missing, with its distance', async () => {
    const { gql } = await collectivityOf(['Les Pieux']);
    const { data, errors } = await gql<Any>(GAPS);
    expect(errors).toBeUndefined();
    const gaps = gapsOf(data);
    expect(gaps.REPAIR).toBeUndefined();
    expect(gaps.TRAINING).toEqual([['Les Pieux', 33.9]]);
    expect(gaps.HOUSE_CLEARANCE).toEqual([['Les Pieux', 35.9]]);
    expect(gaps.UPCYCLING_WORKSHOPS).toBeUndefined();
    // Offered nowhere: missing, no distance.
    expect(gaps.LABOUR_PROVISION).toEqual([['Les Pieux', null]]);
    const training = data.networkGaps.find((g: Any) => g.competence.code === 'TRAINING');
    expect(training).toMatchObject({
      competence: { label: 'Formation' },
      communes: [{ commune: 'Les Pieux', lat: 49.5128, lng: -1.8067 }],
    });
  });

  it('lists per competence the communes of the territory where it is missing, names and INSEE codes alike', async () => {
    // 50615 is Valognes; Saint-Pierre-Église is where the training is; Barfleur (a centre of its outline in
    // the shipped file) is 9.9 km from the training, 23.1 km from the repair.
    const { gql } = await collectivityOf(['Les Pieux', '50615', 'Saint-Pierre-Église', 'Barfleur']);
    const gaps = gapsOf((await gql<Any>(GAPS)).data);
    expect(gaps.TRAINING).toEqual([['Les Pieux', 33.9]]);
    expect(gaps.REPAIR).toBeUndefined();
    expect(gaps.LABOUR_PROVISION).toEqual([
      ['Les Pieux', null],
      ['Valognes', null],
      ['Saint-Pierre-Église', null],
      ['Barfleur', null],
    ]);
    expect((await gql<Any>(UNLOCATED)).data!.communesWithoutPosition).toEqual([]);
    // A collectivity may narrow to some of its communes, never beyond.
    const narrowed = gapsOf((await gql<Any>(GAPS, { communes: ['Les Pieux'] })).data);
    expect(narrowed.TRAINING).toEqual([['Les Pieux', 33.9]]);
    // Its 50615 is Valognes, by code or by name.
    expect((await gql<Any>(GAPS, { communes: ['Valognes'] })).errors).toBeUndefined();
    const refused = await gql(GAPS, { communes: ['Les Pieux', 'Quettehou'] });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_TERRITORY' });
    expect(refused.data).toBeNull();
  });

  it('judges every commune of the real territory: a small commune far from every offer is a gap, with its distance', async () => {
    // Baubigny (a small commune of the west coast, located by the centre of its outline): the training of
    // Saint-Pierre-Église is 39.5 km away, the workshop of Flamanville 12.3 km, the repair of Valognes 25.7 km.
    const territory = (await t.gql<Any>('{ territoryCommunes { insee } }')).data.territoryCommunes.map(
      (c: Any) => c.insee,
    );
    const { gql } = await collectivityOf(territory);
    const { data } = await gql<Any>(GAPS);
    const gaps = gapsOf(data);
    expect(gaps.TRAINING).toContainEqual(['Baubigny', 39.5]);
    expect(gaps.UPCYCLING_WORKSHOPS ?? []).not.toContainEqual(['Baubigny', expect.anything()]);
    expect(gaps.REPAIR ?? []).not.toContainEqual(['Baubigny', expect.anything()]);
    // Offered nowhere: missing in every one of the 129 communes, none left unjudged.
    expect(gaps.LABOUR_PROVISION).toHaveLength(129);
    expect((await gql<Any>(UNLOCATED)).data!.communesWithoutPosition).toEqual([]);
  });

  it('names the communes the gaps answer about, with their INSEE codes, to the same readers', async () => {
    const COMMUNES = 'query($communes: [String!]) { networkCommunes(communes: $communes) { insee name } }';
    const { gql } = await collectivityOf(['50402', 'Valognes', 'valognes']);
    expect((await gql<Any>(COMMUNES)).data!.networkCommunes).toEqual([
      { insee: '50402', name: 'Les Pieux' },
      { insee: '50615', name: 'Valognes' },
    ]);
    expect((await gql(COMMUNES, { communes: ['Quettehou'] })).errors![0]!.extensions).toMatchObject({
      reason: 'OUTSIDE_TERRITORY',
    });
    // An administrator names them; an entry outside the syndicate's territory is left out.
    const admin = await signedInAs(t.app, 'ADMIN');
    expect((await admin.gql<Any>(COMMUNES, { communes: ['Barfleur', 'Paris'] })).data!.networkCommunes).toEqual([
      { insee: '50030', name: 'Barfleur' },
    ]);
    const structure = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    expect((await structure.gql(COMMUNES)).errors![0]!.extensions).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    expect((await t.gql(COMMUNES)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('gives a collectivity without communes no gaps, an admin the communes it names, and refuses other roles', async () => {
    const { gql } = await collectivityOf([]);
    expect((await gql<Any>(GAPS)).data!.networkGaps).toEqual([]);
    const admin = await signedInAs(t.app, 'ADMIN');
    expect(gapsOf((await admin.gql<Any>(GAPS, { communes: ['Les Pieux'] })).data).TRAINING).toEqual([
      ['Les Pieux', 33.9],
    ]);
    expect((await admin.gql(GAPS)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communes' });
    for (const role of ['STRUCTURE', 'EDITOR', 'MODERATOR'] as const) {
      const other = await signedInAs(t.app, role, await createOrganization());
      expect((await other.gql(GAPS)).errors![0]!.extensions).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    }
    expect((await t.gql(GAPS)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

// The shipped file locates every commune: these run on a file holding only the towns of towns.json.
describe('communes of unknown position', () => {
  beforeAll(() => useCommunePositionsFile(townsOnlyPositionsFile()));
  afterAll(() => useCommunePositionsFile());

  it('are told to the same readers as the gaps only', async () => {
    const admin = await signedInAs(t.app, 'ADMIN');
    expect((await admin.gql<Any>(UNLOCATED, { communes: ['Barfleur', 'Les Pieux'] })).data).toEqual({
      communesWithoutPosition: ['Barfleur'],
    });
    const structure = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    expect((await structure.gql(UNLOCATED)).errors![0]!.extensions).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    expect((await t.gql(UNLOCATED)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('are no gap until their position is loaded, then are judged by distance, without a restart', async () => {
    // A file of the towns only, which `territory communes` then fills (the same merge, from its fixture).
    const file = townsOnlyPositionsFile();
    useCommunePositionsFile(file);
    await structureWith('Sensibilisation aux Pieux', {
      territory: ['Les Pieux'],
      competences: [{ code: 'SCHOOL_AWARENESS' }],
    });
    const { gql } = await collectivityOf(['Les Pieux', 'Barfleur']);
    const before = gapsOf((await gql<Any>(GAPS)).data);
    expect(before.SCHOOL_AWARENESS).toBeUndefined();
    expect(before.LABOUR_PROVISION).toEqual([['Les Pieux', null]]);
    expect((await gql<Any>(UNLOCATED)).data!.communesWithoutPosition).toEqual(['Barfleur']);

    const fixture = path.join(__dirname, '../../../test/fixtures/geo-api/communes-200067205.json');
    const centres = (
      JSON.parse(readFileSync(fixture, 'utf8')) as { nom: string; code: string; centre: { coordinates: number[] } }[]
    ).map((c) => ({ insee: c.code, name: c.nom, lng: c.centre.coordinates[0]!, lat: c.centre.coordinates[1]! }));
    writePositionsFile(file, withCentres(readPositionsFile(file), centres, 'test fixture', '2026-12-06').file);

    const after = gapsOf((await gql<Any>(GAPS)).data);
    // Barfleur–Les Pieux ≈ 43 km: missing there; the training of Saint-Pierre-Église (≈ 11 km) reaches it.
    expect(after.SCHOOL_AWARENESS).toEqual([['Barfleur', 42.9]]);
    expect(after.TRAINING).toEqual([['Les Pieux', 33.9]]);
    expect(after.LABOUR_PROVISION).toEqual([
      ['Les Pieux', null],
      ['Barfleur', null],
    ]);
    expect((await gql<Any>(UNLOCATED)).data!.communesWithoutPosition).toEqual([]);
  });
});

describe('a structure’s places on its profile', () => {
  it('lists the organisation’s published places only, by name, with what their pages need', async () => {
    const org = await structureWith('Ressourcerie des Pieux', { competences: [{ code: 'REPAIR' }] });
    await buildPlace({
      organizationId: org,
      name: 'Boutique des Pieux',
      slug: 'boutique-des-pieux',
      address: { commune: 'Les Pieux' },
    });
    await buildPlace({ organizationId: org, name: 'Atelier des Pieux', slug: 'atelier-des-pieux' });
    await buildPlace({ organizationId: org, name: 'Dépôt en projet', status: 'DRAFT' });
    await buildPlace({ organizationId: org, name: 'Ancien dépôt', status: 'CLOSED' });
    await buildPlace({ name: 'Lieu d’une autre structure' });
    const { data } = await t.gql<Any>('query($id: ID!) { structure(id: $id) { places { slug name commune } } }', {
      id: org,
    });
    expect(data.structure.places).toEqual([
      { slug: 'atelier-des-pieux', name: 'Atelier des Pieux', commune: null },
      { slug: 'boutique-des-pieux', name: 'Boutique des Pieux', commune: 'Les Pieux' },
    ]);
  });
});
