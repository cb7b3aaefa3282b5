import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { useTestApp } from '../../../test/app';
import { createStaff, gqlWith, sessionCookieFor, TEST_PASSWORD } from '../../../test/staff';
import { ADDRESS_RULE, CLIENT_RULE } from './login-throttle';

// Failed sign-ins lock out the place they come from, never the owner where they sign in normally, and
// say nothing about which accounts exist.
const t = useTestApp({ seedDemo: false });

const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { viewer { user { email } } } }';

/** A browser at a client address (X-Forwarded-For, trusted from loopback), keeping the cookies it is given. */
function browser(address: string) {
  let cookies: string[] = [];
  return {
    cookies: () => cookies,
    async login(email: string, password: string) {
      const res = await request(t.app)
        .post('/graphql')
        .set({ 'content-type': 'application/json', 'x-forwarded-for': address })
        .set(cookies.length > 0 ? { cookie: cookies.join('; ') } : {})
        .send({ query: LOGIN, variables: { email, password } });
      const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
      for (const cookie of set) cookies = [...cookies.filter((c) => c.split('=')[0] !== cookie.split('=')[0]), cookie];
      return res;
    },
  };
}

let addresses = 0;
const newAddress = () => `198.51.100.${(addresses += 1)}`;
const codeOf = (res: request.Response) => res.body.errors?.[0]?.extensions?.code ?? 'OK';

async function failTimes(client: ReturnType<typeof browser>, email: string, times: number) {
  const codes: string[] = [];
  for (let i = 0; i < times; i += 1) codes.push(codeOf(await client.login(email, `wrong guess ${i}!`)));
  return codes;
}

describe('sign-in throttling', () => {
  it('an attacker failing 10 times from one address does not stop the owner signing in from another', async () => {
    const owner = await createStaff('ADMIN');
    const attacker = browser(newAddress());
    expect(await failTimes(attacker, owner.email, 10)).toEqual([
      ...Array<string>(CLIENT_RULE.free).fill('UNAUTHENTICATED'),
      ...Array<string>(10 - CLIENT_RULE.free).fill('RATE_LIMITED'),
    ]);
    expect(codeOf(await attacker.login(owner.email, TEST_PASSWORD))).toBe('RATE_LIMITED');

    const office = browser(newAddress());
    const res = await office.login(owner.email, TEST_PASSWORD);
    expect(res.body.data.login.viewer.user.email).toBe(owner.email);
  });

  it('counts a burst of parallel guesses one by one: no more than the free failures are checked', async () => {
    const owner = await createStaff('ADMIN');
    const attacker = browser(newAddress());
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attacker.login(owner.email, `parallel guess ${i}!`)),
    );
    expect(burst.map(codeOf).sort()).toEqual([
      ...Array<string>(10 - CLIENT_RULE.free).fill('RATE_LIMITED'),
      ...Array<string>(CLIENT_RULE.free).fill('UNAUTHENTICATED'),
    ]);
  });

  it('the owner’s browser (device cookie) signs in even from the address the attacks come from', async () => {
    const owner = await createStaff('EDITOR');
    const shared = newAddress(); // a NAT or a public Wi-Fi both are behind
    const laptop = browser(shared);
    expect(codeOf(await laptop.login(owner.email, TEST_PASSWORD))).toBe('OK');
    expect(laptop.cookies().some((c) => c.startsWith('reemploi_device='))).toBe(true);

    const attacker = browser(shared);
    await failTimes(attacker, owner.email, 10);
    expect(codeOf(await attacker.login(owner.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect(codeOf(await laptop.login(owner.email, TEST_PASSWORD))).toBe('OK');
  });

  it('a device cookie is trusted only for the account that signed in with it', async () => {
    const attacker = await createStaff('MODERATOR');
    const victim = await createStaff('ADMIN');
    const client = browser(newAddress());
    expect(codeOf(await client.login(attacker.email, TEST_PASSWORD))).toBe('OK');
    expect(await failTimes(client, victim.email, CLIENT_RULE.free + 1)).toEqual([
      ...Array<string>(CLIENT_RULE.free).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
    ]);
  });

  it('answers an unknown email exactly as an account, including once locked', async () => {
    const known = (await createStaff('MODERATOR')).email;
    const unknown = `nobody-${randomBytes(4).toString('hex')}@example.fr`;
    const answers = async (email: string) => {
      const client = browser(newAddress());
      const bodies = [];
      for (let i = 0; i < CLIENT_RULE.free + 2; i += 1) {
        const res = await client.login(email, i === CLIENT_RULE.free + 1 ? TEST_PASSWORD : `wrong guess ${i}!`);
        expect(res.headers['set-cookie']).toBeUndefined();
        bodies.push(res.body);
      }
      return bodies;
    };
    const forKnown = await answers(known);
    expect(forKnown[0].errors[0]).toMatchObject({
      message: 'Wrong email or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(forKnown.at(-1).errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(await answers(unknown)).toEqual(forKnown);
  });

  it('counts wrong current passwords in changePassword like failed sign-ins (a stolen session cannot guess)', async () => {
    const owner = await createStaff('EDITOR');
    const thief = gqlWith(t.app, { cookie: await sessionCookieFor(owner.id), 'x-forwarded-for': newAddress() });
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ok problems { field } } }';
    for (let i = 0; i < CLIENT_RULE.free; i += 1)
      expect(
        (await thief(CHANGE, { c: `guess number ${i}`, n: 'the thief’s passphrase' })).data!.changePassword,
      ).toEqual({ ok: false, problems: [{ field: 'currentPassword' }] });
    const locked = await thief(CHANGE, { c: TEST_PASSWORD, n: 'the thief’s passphrase' });
    expect(locked.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(codeOf(await browser(newAddress()).login(owner.email, TEST_PASSWORD))).toBe('OK');
  });

  it('locks an address trying many accounts (password spraying), except for browsers trusted by their account', async () => {
    const owner = await createStaff('EDITOR');
    const address = newAddress();
    const ownerBrowser = browser(address);
    expect(codeOf(await ownerBrowser.login(owner.email, TEST_PASSWORD))).toBe('OK');

    const sprayer = browser(address);
    const codes = [];
    for (let i = 0; i < ADDRESS_RULE.free; i += 1)
      codes.push(codeOf(await sprayer.login(`person${i}@example.fr`, 'Printemps2026!')));
    expect(codes).toEqual(Array<string>(ADDRESS_RULE.free).fill('UNAUTHENTICATED'));
    expect(codeOf(await sprayer.login('someone.else@example.fr', 'Printemps2026!'))).toBe('RATE_LIMITED');
    expect(codeOf(await sprayer.login(owner.email, TEST_PASSWORD))).toBe('RATE_LIMITED');

    expect(codeOf(await ownerBrowser.login(owner.email, TEST_PASSWORD))).toBe('OK');
    expect(codeOf(await browser(newAddress()).login(owner.email, TEST_PASSWORD))).toBe('OK');
  });
});
