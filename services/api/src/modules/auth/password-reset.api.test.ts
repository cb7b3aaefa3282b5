import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { recordingMailer } from '../../../test/mailer';
import { createStaff, linkToken, TEST_PASSWORD } from '../../../test/staff';
import { loadConfig } from '../../config';
import { createLogger } from '../../shared/logger';
import { RateLimits } from '../../shared/rate-limits';
import {
  PasswordResets,
  RESET_MAIL_COOLDOWN_MS,
  RESETS_PER_CLIENT_PER_MINUTE,
  RESETS_PER_EMAIL_PER_MINUTE,
} from './password-resets.service';
import { PasswordTokenModel } from './session.model';
import { Sessions } from './sessions';
import { UserAdmin } from './user-admin.service';

// Self-service "forgot password": silent about accounts, throttled, and the mailed link works once.
const { mailer, sent: mails } = recordingMailer();

const t = useTestApp({
  seedDemo: false,
  env: { REEMPLOI_PUBLIC_URL: 'http://reemploi.example.fr' },
  mailer,
});

const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const SET =
  'mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { ok viewer { user { email } } problems { field } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { role } } }';

/** A client at its own address (X-Forwarded-For, trusted from loopback), so each test has its own budget. */
let clients = 0;
function client() {
  clients += 1;
  const address = `203.0.113.${clients}`;
  return (query: string, variables: Record<string, unknown>) =>
    request(t.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send({ query, variables });
}

const tokenOf = (text: string) => /\/admin\/mot-de-passe#token=([\w-]{43})/.exec(text)?.[1] ?? null;
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@example.fr`;

beforeEach(() => {
  mails.length = 0;
});

describe('requestPasswordReset', () => {
  it('answers true for an unknown address, an invalid one and a disabled account, and mails nothing', async () => {
    const gql = client();
    const disabled = await createStaff('MODERATOR');
    await t.backOffice.users.update(disabled.id, { disabled: true });
    for (const email of [unique('nobody'), 'not an address', disabled.email]) {
      const res = await gql(RESET, { email });
      expect(res.body).toEqual({ data: { requestPasswordReset: true } });
    }
    await t.backOffice.passwordResets.settled();
    expect(mails).toEqual([]);
    expect(await PasswordTokenModel.countDocuments({ userId: disabled.id })).toBe(0);
  });

  it('mails an enabled account a link that sets a new password once, signs in, and is cancelled by a later request', async () => {
    const gql = client();
    const user = await createStaff('EDITOR', null, unique('editrice'));
    expect((await gql(RESET, { email: user.email.toUpperCase() })).body.data.requestPasswordReset).toBe(true);
    await t.backOffice.passwordResets.settled();
    expect(mails.map((m) => m.to)).toEqual([user.email]);
    const first = tokenOf(mails[0]!.text)!;
    expect(mails[0]!.text).toContain(`http://reemploi.example.fr/admin/mot-de-passe#token=${first}`);

    // Asked again once the cooldown is over: a new link, and the first one stops working.
    await PasswordTokenModel.collection.updateMany(
      { userId: new Types.ObjectId(user.id) },
      { $set: { createdAt: new Date(Date.now() - RESET_MAIL_COOLDOWN_MS - 1000) } },
    );
    expect((await gql(RESET, { email: user.email })).body.data.requestPasswordReset).toBe(true);
    await t.backOffice.passwordResets.settled();
    expect(mails).toHaveLength(2);
    const second = tokenOf(mails[1]!.text)!;
    expect(second).not.toBe(first);

    // The earlier link stopped working; the latest one sets the password and signs in.
    expect((await gql(SET, { token: first, password: 'a new passphrase for me' })).body.data.setPassword).toEqual({
      ok: false,
      viewer: null,
      problems: [{ field: 'token' }],
    });
    const set = await gql(SET, { token: second, password: 'a new passphrase for me' });
    expect(set.body.data.setPassword).toEqual({ ok: true, viewer: { user: { email: user.email } }, problems: [] });
    expect(String(set.headers['set-cookie'])).toMatch(/reemploi_session=/);
    expect((await gql(SET, { token: second, password: 'yet another passphrase' })).body.data.setPassword.ok).toBe(
      false,
    );
    expect((await gql(LOGIN, { e: user.email, p: 'a new passphrase for me' })).body.data.login.viewer.role).toBe(
      'EDITOR',
    );
    expect((await gql(LOGIN, { e: user.email, p: TEST_PASSWORD })).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('mails an account no new link while its last one, issued minutes ago, still works (no mail bombing)', async () => {
    const gql = client();
    const user = await createStaff('MODERATOR', null, unique('moderatrice'));
    expect((await gql(RESET, { email: user.email })).body.data.requestPasswordReset).toBe(true);
    await t.backOffice.passwordResets.settled();
    expect((await gql(RESET, { email: user.email })).body.data.requestPasswordReset).toBe(true);
    await t.backOffice.passwordResets.settled();
    expect(mails.map((m) => m.to)).toEqual([user.email]);
    const set = await gql(SET, { token: tokenOf(mails[0]!.text)!, password: 'a brand new passphrase' });
    expect(set.body.data.setPassword.ok).toBe(true);
  });

  it('answers RATE_LIMITED after too many requests for one email address, whether or not it has an account', async () => {
    for (const email of [unique('inconnu'), (await createStaff('MODERATOR')).email]) {
      const gql = client();
      for (let i = 0; i < RESETS_PER_EMAIL_PER_MINUTE; i += 1)
        expect((await gql(RESET, { email })).body.data.requestPasswordReset).toBe(true);
      const refused = await client()(RESET, { email });
      expect(refused.body.errors[0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      });
    }
    await t.backOffice.passwordResets.settled();
    // Only the account gets mail, never more than the requests let through: one link, or two when both
    // lookups ran before either link was stored (the 10-minute cooldown then holds from the next request).
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.length).toBeLessThanOrEqual(RESETS_PER_EMAIL_PER_MINUTE);
    expect(new Set(mails.map((m) => m.to)).size).toBe(1);
  });

  it('answers RATE_LIMITED after too many requests from one client address, whatever the emails', async () => {
    const gql = client();
    for (let i = 0; i < RESETS_PER_CLIENT_PER_MINUTE; i += 1)
      expect((await gql(RESET, { email: unique('essai') })).body.data.requestPasswordReset).toBe(true);
    expect((await gql(RESET, { email: unique('essai') })).body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('sends nothing and keeps the link an admin gave when the server has no SMTP', async () => {
    const config = loadConfig({ NODE_ENV: 'test', REEMPLOI_PUBLIC_URL: 'http://reemploi.example.fr' }).auth;
    const logger = createLogger('silent');
    const users = new UserAdmin(config, new Sessions(config), null);
    const resets = new PasswordResets({
      users,
      limits: new RateLimits({ store: 'memory', logger }),
      mails: false,
      logger,
    });
    const invited = await users.invite({ email: unique('invitee'), role: 'MODERATOR' });
    if (!invited.ok) throw new Error('invitation refused');
    await resets.request(invited.user.email, '198.51.100.7');
    await resets.settled();
    expect(await PasswordTokenModel.countDocuments({ userId: invited.user.id, usedAt: null })).toBe(1);
    const token = linkToken(invited.link.url);
    expect((await client()(SET, { token, password: 'the invitation still works' })).body.data.setPassword.ok).toBe(
      true,
    );
  });
});
