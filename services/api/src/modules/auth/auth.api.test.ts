import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { recordingMailer } from '../../../test/mailer';
import {
  createOrganization,
  createStaff,
  gqlWith,
  linkToken,
  sessionCookieFor,
  TEST_PASSWORD,
} from '../../../test/staff';
import { loadConfig } from '../../config';
import { Sessions } from './sessions';
import { UserAdmin } from './user-admin.service';
import { runUserCommand } from './user.command';
import { UserModel } from './user.model';

const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN, REEMPLOI_PUBLIC_URL: 'http://reemploi.example.fr' },
});

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { viewer { role organizationId user { email } } } }';
const VIEWER = '{ viewer { role organizationId user { email role } } }';
const SET_PASSWORD =
  'mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { ok problems { field } } }';

/** Signs in from `address` (X-Forwarded-For, trusted from loopback). */
function login(email: string, password: string, address = '192.0.2.1') {
  return request(t.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', address)
    .send({ query: LOGIN, variables: { email, password } });
}

describe('staff accounts', () => {
  it('signs in with email and password, sets an httpOnly SameSite=Strict session cookie, and signs out', async () => {
    const orgId = await createOrganization();
    const user = await createStaff('STRUCTURE', orgId);
    const res = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.login.viewer).toEqual({
      role: 'STRUCTURE',
      organizationId: orgId,
      user: { email: user.email },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^reemploi_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // NODE_ENV=test over http; see docs/staff-guide.md

    const gql = gqlWith(t.app, { cookie: cookie.split(';')[0]! });
    expect((await gql(VIEWER)).data?.viewer.user.email).toBe(user.email);
    expect((await gql('mutation { logout }')).data?.logout).toBe(true);
    expect((await gql(VIEWER)).data?.viewer).toBeNull();
  });

  it('marks the session cookie Secure and __Host- prefixed in production', async () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.auth.secureCookies).toBe(true);
    const { SessionCookie } = await import('./session-cookie');
    const headers: string[] = [];
    new SessionCookie({ append: (_: string, v: string) => headers.push(v) } as never, config.auth).set(
      'tok',
      new Date(Date.now() + 1000),
    );
    expect(headers[0]).toMatch(/^__Host-reemploi_session=tok;.*HttpOnly.*Secure.*SameSite=Strict/);
  });

  it('refuses a wrong password with UNAUTHENTICATED, the same as an unknown email', async () => {
    const user = await createStaff('EDITOR', await createOrganization());
    expect((await login(user.email, 'wrong password!!')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login('nobody@example.fr', 'wrong password!!')).body.errors[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('locks an account from an address after 5 failed sign-ins in a row there, even for the right password, then lets it in after the lock', async () => {
    const user = await createStaff('MODERATOR');
    const address = '192.0.2.50';
    for (let i = 0; i < 5; i += 1)
      expect((await login(user.email, `wrong ${i} password`, address)).body.errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    const locked = await login(user.email, TEST_PASSWORD, address);
    expect(locked.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(locked.headers['set-cookie']).toBeUndefined();
    const afterTheLock = new Date(Date.now() + 31_000);
    const signedIn = await t.backOffice.auth.login(
      { email: user.email, password: TEST_PASSWORD, address, userAgent: null },
      afterTheLock,
    );
    expect(signedIn.userId).toBe(user.id);
    // The sign-in cleared the failures: the next mistake is a mistake again, not a lock.
    expect((await login(user.email, 'wrong again password', address)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ignores the session cookie on requests a browser would send cross-site without a preflight (CSRF)', async () => {
    const user = await createStaff('ADMIN');
    const cookie = await sessionCookieFor(user.id);
    const simple = await request(t.app)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .set('cookie', cookie)
      .send(JSON.stringify({ query: VIEWER }));
    expect(simple.body.data?.viewer ?? null).toBeNull();
    const get = await request(t.app).get('/graphql').query({ query: VIEWER }).set('cookie', cookie);
    expect(get.body.data.viewer).toBeNull();
    expect((await gqlWith(t.app, { cookie })(VIEWER)).data?.viewer.role).toBe('ADMIN');
  });

  it('treats the REEMPLOI_ADMIN_TOKEN bearer as an ADMIN viewer and refuses a wrong token', async () => {
    expect((await gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` })(VIEWER)).data?.viewer).toEqual({
      role: 'ADMIN',
      organizationId: null,
      user: null,
    });
    const wrong = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', 'Bearer nope')
      .send({ query: VIEWER });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('invites a user through GraphQL: the one-time link sets the password once, signs in, and cannot be reused', async () => {
    const orgId = await createOrganization();
    const admin = gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
    const invited = await admin(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { email role hasPassword organizationName } passwordLink { url emailed } problems { field } } }',
      {
        input: { email: 'Nouvelle@Example.fr', role: 'STRUCTURE', organizationId: orgId },
      },
    );
    const { user, passwordLink } = invited.data!.inviteUser;
    expect(user).toMatchObject({ email: 'nouvelle@example.fr', role: 'STRUCTURE', hasPassword: false });
    expect(passwordLink.url).toMatch(/^http:\/\/reemploi\.example\.fr\/admin\/mot-de-passe#token=[\w-]{43}$/);
    expect(passwordLink.emailed).toBe(false);
    const token = linkToken(passwordLink.url)!;

    const SET =
      'mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { ok viewer { role } problems { field message } } }';
    expect((await t.gql<any>(SET, { token, password: 'short' })).data!.setPassword.problems[0].field).toBe('password');
    const set = await request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SET, variables: { token, password: 'un mot de passe assez long' } });
    expect(set.body.data.setPassword).toMatchObject({ ok: true, viewer: { role: 'STRUCTURE' } });
    expect(String(set.headers['set-cookie'])).toMatch(/reemploi_session=/);
    expect((await t.gql(SET, { token, password: 'un autre mot de passe long' })).data!.setPassword).toMatchObject({
      ok: false,
      problems: [{ field: 'token' }],
    });
    expect((await login('nouvelle@example.fr', 'un mot de passe assez long')).body.data.login.viewer.role).toBe(
      'STRUCTURE',
    );
  });

  it('refuses an EDITOR or STRUCTURE invitation without an organisation, and a duplicate email', async () => {
    const admin = gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
    const existing = await createStaff('MODERATOR');
    const INVITE =
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } problems { field } } }';
    expect(
      (await admin(INVITE, { input: { email: 'x@example.fr', role: 'EDITOR' } })).data!.inviteUser.problems,
    ).toEqual([{ field: 'organizationId' }]);
    expect(
      (await admin(INVITE, { input: { email: existing.email, role: 'MODERATOR' } })).data!.inviteUser.problems,
    ).toEqual([{ field: 'email' }]);
  });

  it('changes the password with the current one: earlier password links stop working, other sessions close, this browser stays signed in', async () => {
    const user = await createStaff('EDITOR', await createOrganization());
    const link = linkToken((await t.backOffice.users.passwordLink(user.id)).url)!;
    const hereCookie = await sessionCookieFor(user.id);
    const here = gqlWith(t.app, { cookie: hereCookie });
    const elsewhere = gqlWith(t.app, { cookie: await sessionCookieFor(user.id) });
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ok problems { field } } }';
    expect(
      (await here(CHANGE, { c: 'not the password', n: 'a brand new passphrase' })).data!.changePassword.problems,
    ).toEqual([{ field: 'currentPassword' }]);
    const changed = await request(t.app)
      .post('/graphql')
      .set({ 'content-type': 'application/json', cookie: hereCookie })
      .send({ query: CHANGE, variables: { c: TEST_PASSWORD, n: 'a brand new passphrase' } });
    expect(changed.body.data.changePassword.ok).toBe(true);
    // This browser is given a new session cookie; the one it had, like every other session, is closed.
    const renewed = /reemploi_session=[\w-]+/.exec(String(changed.headers['set-cookie']))![0];
    expect((await gqlWith(t.app, { cookie: renewed })(VIEWER)).data!.viewer.role).toBe('EDITOR');
    expect((await elsewhere(VIEWER)).data!.viewer).toBeNull();
    expect((await here(VIEWER)).data!.viewer).toBeNull();
    expect(
      (await t.gql<any>(SET_PASSWORD, { token: link, password: 'the attacker chose this' })).data!.setPassword,
    ).toMatchObject({ ok: false, problems: [{ field: 'token' }] });
    expect((await login(user.email, 'a brand new passphrase')).body.data.login.viewer.role).toBe('EDITOR');
  });

  it('refuses a session opened, or a password link issued, before the password last changed (one racing the change)', async () => {
    const user = await createStaff('MODERATOR');
    const cookie = await sessionCookieFor(user.id);
    const link = linkToken((await t.backOffice.users.passwordLink(user.id)).url)!;
    await UserModel.updateOne({ _id: user.id }, { $set: { passwordChangedAt: new Date(Date.now() + 1000) } });
    expect((await gqlWith(t.app, { cookie })(VIEWER)).data!.viewer).toBeNull();
    expect(
      (await t.gql<any>(SET_PASSWORD, { token: link, password: 'a link from before' })).data!.setPassword,
    ).toMatchObject({ ok: false, problems: [{ field: 'token' }] });
  });

  it('closes the sessions of a disabled account at once', async () => {
    const user = await createStaff('MODERATOR');
    const gql = gqlWith(t.app, { cookie: await sessionCookieFor(user.id) });
    const admin = gqlWith(t.app, { authorization: `Bearer ${ADMIN_TOKEN}` });
    const res = await admin(
      'mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { user { disabled } } }',
      { id: user.id },
    );
    expect(res.data!.updateUser.user.disabled).toBe(true);
    expect((await gql(VIEWER)).data!.viewer).toBeNull();
  });

  it('mails the password link when SMTP is configured (nodemailer JSON transport)', async () => {
    const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_PUBLIC_URL: 'https://reemploi.example.fr' }).auth;
    const { mailer, sent } = recordingMailer();
    const result = await new UserAdmin(config, new Sessions(config), mailer).invite({
      email: 'mail@example.fr',
      role: 'MODERATOR',
    });
    expect(result.ok && result.link.emailed).toBe(true);
    expect(sent[0]!.to).toBe('mail@example.fr');
    expect(sent[0]!.text).toContain(result.ok ? result.link.url : 'never');
  });

  it('`pnpm reemploi user create` creates the account and its organisation and prints a one-time link', async () => {
    const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_PUBLIC_URL: 'https://reemploi.example.fr' });
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    try {
      const code = await runUserCommand(
        ['create', '--email', 'cli@example.fr', '--role', 'editor', '--org', 'Syndicat du Cotentin'],
        { config, logger: undefined as never },
      );
      expect(code).toBe(0);
    } finally {
      write.mockRestore();
    }
    const text = out.join('');
    expect(text).toMatch(/cli@example\.fr {2}editor {2}org=Syndicat du Cotentin {2}invited/);
    expect(text).toMatch(/https:\/\/reemploi\.example\.fr\/admin\/mot-de-passe#token=[\w-]{43}/);
  });
});
