import { useTestApp } from '../../../test/app';
import { createOrganization, signedInAs } from '../../../test/staff';
import { OrganizationModel } from './organization.model';

type Any = any;
const t = useTestApp({ seedDemo: false });

const UPDATE = `mutation($id: ID!, $input: StructureProfileInput!) {
  updateStructureProfile(id: $id, input: $input) {
    id name siret insertionTypes territory insertionJobs contactPerson competences { code label communes }
  }
}`;
const STRUCTURE =
  '($id: ID!) { structure(id: $id) { name siret email insertionJobs contactPerson competences { label } } }';
const SEARCH = `query($filter: StructureFilter) { structures(filter: $filter) { totalCount nodes { name insertionJobs } } }`;

const PROFILE = {
  siret: '732 829 320 00074',
  legalForm: 'Association loi 1901',
  ess: true,
  insertionTypes: ['ACI'],
  networks: ['Réseau des ressourceries'],
  email: 'contact@recyclerie.example',
  capacity: 6,
  insertionJobs: 14,
  contactPerson: 'Claire Martin',
  territory: ['Valognes', 'Brix'],
  competences: [{ code: 'HOUSE_CLEARANCE' }, { code: 'REPAIR', communes: ['Valognes'] }],
};

describe('structure profiles', () => {
  it('lets a structure account fill its own profile, which anyone then reads without the non-public parts', async () => {
    const org = await createOrganization('Recyclerie du Val');
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org);
    const saved = await gql(UPDATE, { id: org, input: PROFILE });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateStructureProfile).toMatchObject({
      siret: '73282932000074',
      insertionTypes: ['ACI'],
      insertionJobs: 14,
      competences: [
        { code: 'HOUSE_CLEARANCE', label: 'Débarras de maisons et d’appartements', communes: [] },
        { code: 'REPAIR', label: 'Réparation', communes: ['Valognes'] },
      ],
    });
    const publicView = (await t.gql(`query${STRUCTURE}`, { id: org })).data!.structure;
    expect(publicView).toEqual({
      name: 'Recyclerie du Val',
      siret: '73282932000074',
      email: 'contact@recyclerie.example',
      insertionJobs: null,
      contactPerson: null,
      competences: [{ label: 'Débarras de maisons et d’appartements' }, { label: 'Réparation' }],
    });
  });

  it('refuses a structure editing another structure’s profile, and roles other than STRUCTURE and ADMIN', async () => {
    const mine = await createOrganization();
    const theirs = await createOrganization();
    const { gql } = await signedInAs(t.app, 'STRUCTURE', mine);
    const refused = await gql(UPDATE, { id: theirs, input: PROFILE });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANIZATION' });
    const editor = await signedInAs(t.app, 'EDITOR', theirs);
    expect((await editor.gql(UPDATE, { id: theirs, input: PROFILE })).errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    expect((await t.gql(UPDATE, { id: theirs, input: PROFILE })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await OrganizationModel.findById(theirs).lean())!.profile).toBeNull();
    const admin = await signedInAs(t.app, 'ADMIN');
    expect((await admin.gql(UPDATE, { id: theirs, input: PROFILE })).errors).toBeUndefined();
  });

  it('refuses a structure account writing the profile of its organisation once it is a collectivity (its territory is its reach)', async () => {
    const org = await createOrganization('Communauté d’agglomération');
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org);
    expect((await gql(UPDATE, { id: org, input: PROFILE })).errors).toBeUndefined();
    await OrganizationModel.updateOne({ _id: org }, { $set: { kind: 'COLLECTIVITY' } });
    const refused = await gql(UPDATE, {
      id: org,
      input: { ...PROFILE, territory: ['Cherbourg-en-Cotentin', 'Paris'] },
    });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect((await OrganizationModel.findById(org).lean())!.territory).toEqual(['Valognes', 'Brix']);
    const admin = await signedInAs(t.app, 'ADMIN');
    expect((await admin.gql(UPDATE, { id: org, input: { ...PROFILE, territory: ['Brix'] } })).errors).toBeUndefined();
  });

  it.each([
    ['a wrong SIRET key', { siret: '73282932000075' }, 'siret', /check key/],
    ['a SIRET of 13 digits', { siret: '7328293200007' }, 'siret', /14 digits/],
    ['an unknown competence', { competences: [{ code: 'JUGGLING' }] }, 'competences.0.code', /Unknown competence/],
    ['a negative capacity', { capacity: -1 }, 'capacity', /whole number/],
    ['a website without scheme', { website: 'recyclerie.example' }, 'website', /https/],
  ])('refuses %s with BAD_USER_INPUT on its field and stores nothing', async (_, bad, field, message) => {
    const org = await createOrganization();
    const { gql } = await signedInAs(t.app, 'STRUCTURE', org);
    expect((await gql(UPDATE, { id: org, input: PROFILE })).errors).toBeUndefined();
    const refused = await gql(UPDATE, { id: org, input: { ...PROFILE, legalForm: 'SCIC', ...bad } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(refused.errors![0]!.message).toMatch(message);
    const stored = (await OrganizationModel.findById(org).lean())!.profile!;
    expect(stored.legalForm).toBe('Association loi 1901');
    expect(stored.siret).toBe('73282932000074');
  });

  it('serves the seeded competences vocabulary, which only an admin extends', async () => {
    const { data } = await t.gql<{ competences: { code: string }[] }>('{ competences { code label } }');
    expect(data!.competences).toContainEqual({ code: 'SCHOOL_AWARENESS', label: 'Sensibilisation dans les écoles' });
    expect(data!.competences.length).toBeGreaterThanOrEqual(9);
    const ADD = 'mutation($input: AddCompetenceInput!) { addCompetence(input: $input) { code label } }';
    const input = { code: 'textile_sorting', label: 'Tri textile' };
    const structure = await signedInAs(t.app, 'STRUCTURE', await createOrganization());
    expect((await structure.gql(ADD, { input })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const admin = await signedInAs(t.app, 'ADMIN');
    expect((await admin.gql(ADD, { input })).data!.addCompetence).toEqual({
      code: 'TEXTILE_SORTING',
      label: 'Tri textile',
    });
    expect((await admin.gql(ADD, { input })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect((await t.gql('{ competences { code } }')).data!.competences).toContainEqual({ code: 'TEXTILE_SORTING' });
  });
});

describe('find a partner', () => {
  async function structureWith(name: string, profile: Record<string, unknown>) {
    const org = await createOrganization(name);
    const admin = await signedInAs(t.app, 'ADMIN');
    const saved = await admin.gql(UPDATE, { id: org, input: profile });
    expect(saved.errors).toBeUndefined();
    return org;
  }

  it('finds structures by competence, territory and insertion type, for anyone', async () => {
    await structureWith('Débarras Valognais', {
      insertionTypes: ['EI'],
      territory: ['Brillevast'],
      competences: [{ code: 'HOUSE_CLEARANCE' }],
    });
    await structureWith('Atelier Haguais', {
      insertionTypes: ['ACI'],
      territory: ['Gonneville'],
      competences: [{ code: 'HOUSE_CLEARANCE' }, { code: 'REPAIR' }],
    });
    // Within this test's communes: the file's other tests add structures elsewhere.
    const here = ['Brillevast', 'Gonneville'];
    const names = async (filter: Record<string, unknown>) =>
      (await t.gql<Any>(SEARCH, { filter: { communes: here, ...filter } })).data!.structures.nodes.map(
        (n: { name: string }) => n.name,
      );
    expect(await names({ competences: ['HOUSE_CLEARANCE'] })).toEqual(['Atelier Haguais', 'Débarras Valognais']);
    expect(await names({ competences: ['HOUSE_CLEARANCE'], communes: ['brillevast'] })).toEqual(['Débarras Valognais']);
    expect(await names({ competences: ['REPAIR'], insertionTypes: ['EI'] })).toEqual([]);
    expect(await names({ insertionTypes: ['ACI'] })).toEqual(['Atelier Haguais']);
  });

  it('pages the structures by name, `first` at a time from the previous page’s end cursor', async () => {
    for (const name of ['Trieurs E', 'Trieurs C', 'Trieurs A', 'Trieurs D', 'Trieurs B'])
      await structureWith(name, { territory: ['Brix'], competences: [{ code: 'TEXTILE_SORTING' }] });
    const PAGE = `query($after: String) {
      structures(filter: { competences: ["TEXTILE_SORTING"] }, first: 2, after: $after) {
        totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: { data?: Any; errors?: unknown } = await t.gql<Any>(PAGE, { after });
      expect(errors).toBeUndefined();
      expect(data.structures.totalCount).toBe(5);
      pages.push(data.structures.nodes.map((n: { name: string }) => n.name));
      if (!data.structures.pageInfo.hasNextPage) break;
      after = data.structures.pageInfo.endCursor;
    }
    expect(pages).toEqual([['Trieurs A', 'Trieurs B'], ['Trieurs C', 'Trieurs D'], ['Trieurs E']]);
    // Past the end: no structure, no cursor.
    const past = (await t.gql<Any>(PAGE, { after: Buffer.from('o:5').toString('base64url') })).data.structures;
    expect(past).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    for (const bad of ['not a cursor', Buffer.from('o:-1').toString('base64url'), ''])
      expect((await t.gql(PAGE, { after: bad })).errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
  });

  it('shows a collectivity the structures of its territory only, with their non-public parts', async () => {
    await structureWith('Ressourcerie de Valognes', {
      territory: ['Tamerville'],
      insertionJobs: 9,
      competences: [{ code: 'REPAIR' }],
    });
    const outside = await structureWith('Ressourcerie de Cherbourg', {
      territory: ['Octeville'],
      insertionJobs: 20,
      contactPerson: 'Paul',
      competences: [{ code: 'REPAIR' }],
    });
    const collectivity = await createOrganization('Communauté du Cœur du Cotentin');
    const admin = await signedInAs(t.app, 'ADMIN');
    const UPDATE_ORG =
      'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { kind territory } }';
    const input = { kind: 'COLLECTIVITY', territory: ['Tamerville', 'Huberville'] };
    // Stored as the communes' INSEE codes; the collectivity still reads the structures naming them.
    expect((await admin.gql(UPDATE_ORG, { id: collectivity, input })).data!.updateOrganization).toEqual({
      kind: 'COLLECTIVITY',
      territory: ['50588', '50251'],
    });
    const structureAccount = await signedInAs(t.app, 'STRUCTURE', collectivity);
    expect((await structureAccount.gql(UPDATE_ORG, { id: collectivity, input })).errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { gql } = await signedInAs(t.app, 'COLLECTIVITY', collectivity);

    const found = await gql(SEARCH, { filter: { competences: ['REPAIR'] } });
    expect(found.data!.structures).toEqual({
      totalCount: 1,
      nodes: [{ name: 'Ressourcerie de Valognes', insertionJobs: 9 }],
    });
    const refused = await gql(SEARCH, { filter: { communes: ['Octeville'] } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_TERRITORY' });
    // Outside its territory a collectivity reads the public profile only.
    const profile = (await gql(`query${STRUCTURE}`, { id: outside })).data!.structure;
    expect(profile).toMatchObject({ name: 'Ressourcerie de Cherbourg', insertionJobs: null, contactPerson: null });
    // Anyone else searches everywhere, without the non-public parts.
    const everyone = (
      await t.gql<Any>(SEARCH, { filter: { competences: ['REPAIR'], communes: ['Tamerville', 'Octeville'] } })
    ).data!.structures;
    expect(everyone.nodes).toEqual([
      { name: 'Ressourcerie de Cherbourg', insertionJobs: null },
      { name: 'Ressourcerie de Valognes', insertionJobs: null },
    ]);
  });

  it('tells a collectivity which competences no structure offers on its territory; refuses other roles', async () => {
    await structureWith('Réparateurs de Quettehou', { territory: ['Quettehou'], competences: [{ code: 'REPAIR' }] });
    // Les Pieux is ≈ 38 km from Quettehou: too far to cover it.
    await structureWith('Formateurs des Pieux', { territory: ['Les Pieux'], competences: [{ code: 'TRAINING' }] });
    const collectivity = await createOrganization('Commune de Quettehou');
    await OrganizationModel.updateOne({ _id: collectivity }, { kind: 'COLLECTIVITY', territory: ['Quettehou'] });
    const { gql } = await signedInAs(t.app, 'COLLECTIVITY', collectivity);
    const GAPS = 'query($communes: [String!]) { networkGaps(communes: $communes) { competence { code } } }';
    const gaps = (await gql<Any>(GAPS)).data!.networkGaps.map(
      (g: { competence: { code: string } }) => g.competence.code,
    );
    expect(gaps).toContain('TRAINING');
    expect(gaps).not.toContain('REPAIR');
    expect((await gql(GAPS, { communes: ['Barfleur'] })).errors![0]!.extensions).toMatchObject({
      reason: 'OUTSIDE_TERRITORY',
    });
    const structure = await signedInAs(t.app, 'STRUCTURE', collectivity);
    expect((await structure.gql(GAPS)).errors![0]!.extensions).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
  });
});
