import { useTestApp } from '../../../../test/app';
import { buildSource } from '../../../../test/factories';
import { createOrganization, gqlWith, signedInAs, type Gql } from '../../../../test/staff';
import type { Role } from '../../../shared/viewer';
import { SourceModel } from '../../places/source.model';

const TOKEN = 'test-admin-token-0123456789abcdef';
type Who = 'anonymous' | 'admin token' | `${Role}${'' | ' of the organisation' | ' of another organisation'}`;
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

// Who may manage a source of organisation A, over GraphQL (sourcePolicy wired into every federation resolver).
const table: [Who, Outcome][] = [
  ['anonymous', 'UNAUTHENTICATED'],
  ['admin token', 'allowed'],
  ['ADMIN', 'allowed'],
  ['EDITOR of the organisation', 'allowed'],
  ['EDITOR of another organisation', 'FORBIDDEN'],
  ['EDITOR', 'FORBIDDEN'],
  ['STRUCTURE of the organisation', 'FORBIDDEN'],
  ['MODERATOR', 'FORBIDDEN'],
];

describe('federation staff resolvers follow sourcePolicy', () => {
  const t = useTestApp({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: TOKEN, REEMPLOI_SCHEDULER_TICK_MS: '0' } });
  let orgA = '';
  let orgB = '';
  let sourceId = '';
  beforeAll(async () => {
    [orgA, orgB] = await Promise.all([createOrganization('Org A'), createOrganization('Org B')]);
    sourceId = String((await buildSource({ name: 'Bornes A', organizationId: orgA, mapping: null }))._id);
    await buildSource({ name: 'Bornes B', organizationId: orgB });
  });

  async function clientFor(who: Who): Promise<Gql> {
    if (who === 'anonymous') return gqlWith(t.app);
    if (who === 'admin token') return gqlWith(t.app, { authorization: `Bearer ${TOKEN}` });
    const [role] = who.split(' ') as [Role];
    const org = who.endsWith('of the organisation') ? orgA : who.endsWith('another organisation') ? orgB : null;
    return (await signedInAs(t.app, role, org)).gql;
  }
  const outcome = (body: { errors?: { extensions?: { code?: string } }[] }): Outcome | string => {
    const code = body.errors?.[0]?.extensions?.code;
    return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'allowed';
  };

  it.each(table)('%s: %s', async (who, expected) => {
    const gql = await clientFor(who);
    const results = {
      source: outcome(await gql(`query($id: ID!) { source(id: $id) { id } }`, { id: sourceId })),
      updateSource: outcome(
        await gql(`mutation($id: ID!) { updateSource(id: $id, input: { priority: 60 }) { problems { field } } }`, {
          id: sourceId,
        }),
      ),
      // Allowed callers get BAD_USER_INPUT here (the source has no URL): past the policy.
      runSource: outcome(await gql(`mutation($id: ID!) { runSource(id: $id) { id } }`, { id: sourceId })),
      importRuns: outcome(await gql(`query($id: ID) { importRuns(sourceId: $id) { id } }`, { id: sourceId })),
    };
    expect(results).toEqual({ source: expected, updateSource: expected, runSource: expected, importRuns: expected });
    const list = await gql<{ sources: { name: string }[] }>(`{ sources { name } }`);
    const visible: Partial<Record<Who, string[]>> = {
      'admin token': ['Bornes A', 'Bornes B'],
      ADMIN: ['Bornes A', 'Bornes B'],
      'EDITOR of the organisation': ['Bornes A'],
      'EDITOR of another organisation': ['Bornes B'],
      EDITOR: [],
    };
    if (visible[who]) expect(list.data!.sources.map((s) => s.name)).toEqual(visible[who]);
    else expect(outcome(list)).toBe(expected);
  });

  it('gives a source created by an editor to their organisation, and refuses editors without one', async () => {
    const editor = (await signedInAs(t.app, 'EDITOR', orgA)).gql;
    const created = await editor(
      `mutation { createSource(input: { name: "Dépôts A", format: CSV }) { source { id } problems { field } } }`,
    );
    const id = created.data!.createSource.source.id as string;
    expect(String((await SourceModel.findById(id).lean())!.organizationId)).toBe(orgA);
    const other = (await signedInAs(t.app, 'EDITOR', orgB)).gql;
    expect(outcome(await other(`query($id: ID!) { source(id: $id) { id } }`, { id }))).toBe('FORBIDDEN');
    const orphan = (await signedInAs(t.app, 'EDITOR', null)).gql;
    expect(
      outcome(await orphan(`mutation { createSource(input: { name: "Sans org", format: CSV }) { source { id } } }`)),
    ).toBe('FORBIDDEN');
  });
});
