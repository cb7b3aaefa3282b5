import { useTestApp } from '../../../test/app';
import { gqlWith } from '../../../test/staff';
import { loadConfig } from '../../config';
import { runUserCommand } from './user.command';

// No REEMPLOI_PUBLIC_URL: the links must follow the port the instance was started on, not a fixed :4000.
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const ENV = { PORT: '4321', REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN };
const LINK = /^http:\/\/localhost:4321\/admin\/mot-de-passe#token=[\w-]{43}$/;

describe('password links without REEMPLOI_PUBLIC_URL', () => {
  const t = useTestApp({ seedDemo: false, env: ENV });

  it('point at the instance’s own port from « Comptes → Inviter »', async () => {
    const admin = gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
    const invited = await admin<{ inviteUser: { passwordLink: { url: string } } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { passwordLink { url } problems { field } } }',
      { input: { email: 'port@example.fr', role: 'MODERATOR' } },
    );
    expect(invited.data!.inviteUser.passwordLink.url).toMatch(LINK);
  });

  it('point at the instance’s own port from `pnpm reemploi user link`', async () => {
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      const config = loadConfig({ NODE_ENV: 'test', ...ENV });
      expect(await runUserCommand(['link', '--email', 'port@example.fr'], { config, logger: undefined as never })).toBe(
        0,
      );
    } finally {
      write.mockRestore();
    }
    expect(out.join('').split('\n')).toEqual(expect.arrayContaining([expect.stringMatching(LINK)]));
  });
});
