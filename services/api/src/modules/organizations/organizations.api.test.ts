import { useTestApp } from '../../../test/app';
import { createOrganization, signedInAs } from '../../../test/staff';

const t = useTestApp({ seedDemo: false });

const ORGANIZATIONS = '{ organizations { id name kind } }';
const INVITE =
  'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { role organizationId organizationName } problems { field } } }';

describe('organizations', () => {
  it('lists every organisation by name to an admin, who can invite an editor into one of them', async () => {
    const syndicate = await createOrganization('Syndicat du Cotentin');
    const ressourcerie = await createOrganization('Ressourcerie de la Hague');
    const { gql } = await signedInAs(t.app, 'ADMIN');
    const { organizations } = (await gql(ORGANIZATIONS)).data!;
    expect(organizations).toEqual([
      { id: ressourcerie, name: 'Ressourcerie de la Hague', kind: 'STRUCTURE' },
      { id: syndicate, name: 'Syndicat du Cotentin', kind: 'STRUCTURE' },
    ]);
    const invited = await gql(INVITE, {
      input: { email: 'editeur@example.fr', role: 'EDITOR', organizationId: organizations[1].id },
    });
    expect(invited.data!.inviteUser).toEqual({
      user: { role: 'EDITOR', organizationId: syndicate, organizationName: 'Syndicat du Cotentin' },
      problems: [],
    });
  });

  it('refuses the list to other roles (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const org = await createOrganization();
    const { gql } = await signedInAs(t.app, 'EDITOR', org);
    expect((await gql(ORGANIZATIONS)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(ORGANIZATIONS)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
