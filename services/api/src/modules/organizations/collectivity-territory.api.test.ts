import { useTestApp } from '../../../test/app';
import { townsOnlyPositionsFile } from '../../../test/commune-positions';
import { createOrganization, signedInAs } from '../../../test/staff';
import { useCommunePositionsFile } from './commune-positions';
import { OrganizationModel } from './organization.model';

const t = useTestApp({ seedDemo: false });

const UPDATE_ORG = `mutation($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { kind territory } }`;
const GAPS = `query { networkGaps { competence { code } communes { commune } } }`;

describe("a collectivity's territory", () => {
  it('lists the territory’s communes by name with their INSEE codes, for anyone', async () => {
    const { data } = await t.gql<any>(`{ territoryCommunes { insee name } }`);
    expect(data.territoryCommunes).toHaveLength(129);
    expect(data.territoryCommunes).toContainEqual({ insee: '50129', name: 'Cherbourg-en-Cotentin' });
    const names = data.territoryCommunes.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
  });

  it('stores communes given by code or name as INSEE codes; the collectivity reads them by name', async () => {
    const org = await createOrganization('Mairie de Valognes');
    const admin = await signedInAs(t.app, 'ADMIN');
    const input = { kind: 'COLLECTIVITY', territory: ['50615', 'tamerville', 'Valognes'] };
    const saved = await admin.gql(UPDATE_ORG, { id: org, input });
    expect(saved.data!.updateOrganization).toEqual({ kind: 'COLLECTIVITY', territory: ['50615', '50588'] });
    const { gql } = await signedInAs(t.app, 'COLLECTIVITY', org);
    const gapCommunes = async () =>
      new Set(
        ((await gql(GAPS)).data!.networkGaps as { communes: { commune: string }[] }[]).flatMap((g) =>
          g.communes.map((c) => c.commune),
        ),
      );
    // Every commune is located in the shipped file: both are judged, and named.
    expect(await gapCommunes()).toEqual(new Set(['Valognes', 'Tamerville']));
    expect((await gql(`query { communesWithoutPosition }`)).data).toEqual({ communesWithoutPosition: [] });
    // In a file without Tamerville: not judged by distance, listed apart, by name too.
    useCommunePositionsFile(townsOnlyPositionsFile());
    try {
      expect(await gapCommunes()).toEqual(new Set(['Valognes']));
      expect((await gql(`query { communesWithoutPosition }`)).data).toEqual({
        communesWithoutPosition: ['Tamerville'],
      });
    } finally {
      useCommunePositionsFile();
    }
  });

  it('refuses an unknown INSEE code or name with UNKNOWN_COMMUNE, naming them, and keeps the stored territory', async () => {
    const org = await createOrganization('Mairie de Barfleur');
    const admin = await signedInAs(t.app, 'ADMIN');
    await admin.gql(UPDATE_ORG, { id: org, input: { kind: 'COLLECTIVITY', territory: ['50030'] } });
    const refused = await admin.gql(UPDATE_ORG, { id: org, input: { territory: ['50030', '75056', 'Atlantide'] } });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'territory',
      problem: 'UNKNOWN_COMMUNE',
      communes: ['75056', 'Atlantide'],
    });
    expect((await OrganizationModel.findById(org).lean())!.territory).toEqual(['50030']);
  });

  it('leaves a structure’s area as written (structures name communes and former communes)', async () => {
    const org = await createOrganization();
    const admin = await signedInAs(t.app, 'ADMIN');
    const saved = await admin.gql(UPDATE_ORG, { id: org, input: { kind: 'STRUCTURE', territory: ['Octeville'] } });
    expect(saved.data!.updateOrganization).toEqual({ kind: 'STRUCTURE', territory: ['Octeville'] });
  });
});
