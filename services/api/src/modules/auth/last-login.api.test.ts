import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { gqlWith, linkToken } from '../../../test/staff';

// "Dernière connexion" in the back-office's accounts list: every way of signing in records it.
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN, REEMPLOI_PUBLIC_URL: 'http://reemploi.example.fr' },
});

const PASSWORD = 'une phrase de passe assez longue';
const admin = () => gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });

async function lastLoginOf(email: string): Promise<string | null> {
  const { data } = await admin()<{ users: { email: string; lastLoginAt: string | null }[] }>(
    '{ users { email lastLoginAt } }',
  );
  return data!.users.find((u) => u.email === email)!.lastLoginAt;
}

function post(query: string, variables: Record<string, unknown>) {
  return request(t.app).post('/graphql').set('content-type', 'application/json').send({ query, variables });
}

describe('last sign-in of staff accounts', () => {
  it('is recorded when the password link signs the person in, and again at each password sign-in', async () => {
    const email = 'premiere@example.fr';
    const { data } = await admin()<{ inviteUser: { passwordLink: { url: string } } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { passwordLink { url } } }',
      { input: { email, role: 'ADMIN' } },
    );
    expect(await lastLoginOf(email)).toBeNull();

    const token = linkToken(data!.inviteUser.passwordLink.url)!;
    const before = Date.now();
    const set = await post('mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { ok } }', {
      t: token,
      p: PASSWORD,
    });
    expect(set.body.data.setPassword.ok).toBe(true);
    expect(String(set.headers['set-cookie'])).toMatch(/reemploi_session=/);
    const afterLink = await lastLoginOf(email);
    expect(afterLink).not.toBeNull();
    expect(Date.parse(afterLink!)).toBeGreaterThanOrEqual(before - 1000);

    const login = await post(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }',
      { e: email, p: PASSWORD },
    );
    expect(login.body.errors).toBeUndefined();
    expect(Date.parse((await lastLoginOf(email))!)).toBeGreaterThanOrEqual(Date.parse(afterLink!));
  });
});
