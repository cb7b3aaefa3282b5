import { Webhook } from 'standardwebhooks';
import { useTestApp } from '../../../test/app';
import { placeWrites, readFeed } from '../../../test/change-feed';
import { eventually } from '../../../test/eventually';
import { signedInAs, type Gql } from '../../../test/staff';
import { startWebhookReceiver, type ReceivedMessage } from '../../../test/webhook-receiver';
import { WebhookDeliveryModel, WebhookModel } from './webhook.model';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id url kinds territory status } }
}`;
const WEBHOOKS = `query($apiKeyId: ID!) {
  webhooks(apiKeyId: $apiKeyId) { id status deliveries(first: 200) { id kind status attempts lastStatusCode deliveredAt } }
}`;

interface Payload {
  type: string;
  data: { cursor: string; kind: string; placeId: string; version: number };
}

describe('partners webhooks', () => {
  // Loopback is reachable only because the operator's allow-list says so (imports' rules).
  const t = useTestApp({
    seedDemo: false,
    env: {
      REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
      REEMPLOI_WEBHOOK_TICK_MS: '100',
      REEMPLOI_WEBHOOK_RETRY_BASE_MS: '200',
    },
  });
  let admin: Gql;
  let apiKeyId: string;

  beforeAll(async () => {
    admin = (await signedInAs(t.app, 'ADMIN')).gql;
    const key = await admin(CREATE_KEY, {
      input: { name: 'Partenaire', territory: ['Valognes', 'Cherbourg-en-Cotentin'] },
    });
    apiKeyId = key.data!.createApiKey.apiKey.id;
  });

  const register = (input: Record<string, unknown>) =>
    admin(CREATE_WEBHOOK, { input: { apiKeyId, contactEmail: 'sync@partenaire.example', ...input } });

  it('refuses a URL that is not https, a private address and an unknown kind, storing nothing', async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { url: 'http://example.org/hook', kinds: ['CLOSED'] },
        { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_NOT_HTTPS' },
      ],
      [
        { url: 'https://10.0.0.5/hook', kinds: ['CLOSED'] },
        { code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED' },
      ],
      [
        { url: 'https://169.254.169.254/latest', kinds: ['CLOSED'] },
        { code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED' },
      ],
      [
        { url: 'https://[::1]:8443/hook', kinds: ['CLOSED'] },
        { code: 'BAD_USER_INPUT', reason: 'URL_NOT_ALLOWED' },
      ],
      [{ url: 'https://partenaire.example/hook', kinds: ['RENAMED'] }, { code: 'BAD_USER_INPUT' }],
      [
        { url: 'https://partenaire.example/hook', kinds: [] },
        { code: 'BAD_USER_INPUT', field: 'kinds' },
      ],
      [
        { url: 'https://partenaire.example/hook', kinds: ['CLOSED'], territory: ['Brest'] },
        { code: 'FORBIDDEN', reason: 'OUTSIDE_TERRITORY' },
      ],
    ];
    for (const [input, extensions] of cases) {
      const res = await register(input);
      expect(res.errors?.[0]?.extensions).toMatchObject(extensions);
    }
    expect(await WebhookModel.countDocuments()).toBe(0);
  });

  it('sends a signed delivery within seconds of a closure', async () => {
    const receiver = await startWebhookReceiver(() => 204);
    try {
      const res = await register({ url: receiver.url, kinds: ['CLOSED'], territory: ['valognes'] });
      expect(res.errors).toBeUndefined();
      const { secret, webhook } = res.data!.createWebhook;
      expect(secret).toMatch(/^whsec_/);
      const writes = placeWrites(admin);
      const place = await writes.create('Déchèterie du webhook');
      await writes.create('Ailleurs', 'Bricquebec'); // outside the webhook's territory
      await writes.close(place);

      // The bar is 5 s from the closure to the partner's endpoint.
      await eventually(async () => expect(receiver.received).toHaveLength(1), 5_000);
      const message = receiver.received[0]!;
      const verified = new Webhook(secret).verify(message.body, {
        'webhook-id': message.id,
        'webhook-timestamp': message.timestamp,
        'webhook-signature': message.signature,
      }) as Payload;
      expect(verified).toMatchObject({ type: 'place.closed', data: { kind: 'CLOSED', placeId: place.id, version: 2 } });
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(message.body, {
          'webhook-id': message.id,
          'webhook-timestamp': message.timestamp,
          'webhook-signature': message.signature,
        }),
      ).toThrow();

      // The delivery log shows it.
      await eventually(async () => {
        const log = await admin(WEBHOOKS, { apiKeyId });
        const mine = log.data!.webhooks.find((w: { id: string }) => w.id === webhook.id);
        expect(mine.deliveries).toEqual([
          expect.objectContaining({
            id: message.id,
            kind: 'CLOSED',
            status: 'DELIVERED',
            attempts: 1,
            lastStatusCode: 204,
          }),
        ]);
      });
    } finally {
      await receiver.stop();
    }
  });

  it('retries an endpoint that fails, then recovers: nothing lost, each change once after de-duplication, in order per place', async () => {
    // Down for its first 6 requests (the 3rd processed but answered 500: a duplicate will come), then up.
    const receiver = await startWebhookReceiver((_, index) => (index < 6 ? 500 : 200));
    try {
      const before = (await readFeed(t.gql)).endCursor;
      const res = await register({ url: receiver.url, kinds: ['CREATED', 'UPDATED', 'CLOSED'] });
      const { webhook } = res.data!.createWebhook;
      const writes = placeWrites(admin);
      for (let i = 0; i < 3; i += 1) {
        const place = await writes.create(`Recyclerie ${i}`, i === 0 ? 'Valognes' : 'Cherbourg-en-Cotentin');
        const renamed = await writes.rename(place, `Recyclerie ${i} (nouvelle adresse)`);
        await writes.close(renamed);
      }
      const expected = (await readFeed(t.gql, before)).changes;
      expect(expected).toHaveLength(9);

      const accepted = (m: ReceivedMessage) => receiver.received.indexOf(m) >= 6;
      await eventually(async () => expect(new Set(receiver.received.filter(accepted).map((m) => m.id)).size).toBe(9));
      // De-duplicated by webhook-id, first arrival kept: every change exactly once.
      const unique = new Map<string, Payload>();
      for (const m of receiver.received) if (!unique.has(m.id)) unique.set(m.id, JSON.parse(m.body) as Payload);
      expect([...unique.values()].map((p) => p.data.cursor).sort()).toEqual(expected.map((c) => c.cursor).sort());
      expect(receiver.received.length).toBeGreaterThan(unique.size); // failures were retried
      // Per place, in the order of its versions.
      const versions = new Map<string, number[]>();
      for (const p of unique.values())
        versions.set(p.data.placeId, [...(versions.get(p.data.placeId) ?? []), p.data.version]);
      for (const list of versions.values()) expect(list).toEqual([1, 2, 3]);

      const log = await admin(WEBHOOKS, { apiKeyId });
      const mine = log.data!.webhooks.find((w: { id: string }) => w.id === webhook.id);
      expect(mine.status).toBe('ACTIVE');
      expect(mine.deliveries.every((d: { status: string }) => d.status === 'DELIVERED')).toBe(true);
      expect(mine.deliveries.some((d: { attempts: number }) => d.attempts > 1)).toBe(true);
    } finally {
      await receiver.stop();
    }
  });

  it('stops sending when the partner’s key is revoked', async () => {
    const receiver = await startWebhookReceiver(() => 204);
    try {
      const key = await admin(CREATE_KEY, { input: { name: 'Partenaire révoqué' } });
      const keyId = key.data!.createApiKey.apiKey.id;
      const res = await admin(CREATE_WEBHOOK, {
        input: { apiKeyId: keyId, url: receiver.url, kinds: ['CREATED'], contactEmail: 'sync@partenaire.example' },
      });
      expect(res.errors).toBeUndefined();
      const writes = placeWrites(admin);
      await writes.create('Avant la révocation');
      await eventually(async () => expect(receiver.received).toHaveLength(1));
      await admin(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: keyId });
      const after = await writes.create('Après la révocation');
      // Another webhook, still live, gets the change: the revoked key's had every chance to send it.
      const witness = await startWebhookReceiver(() => 204);
      try {
        await register({ url: witness.url, kinds: ['CREATED'] });
        await writes.create('Témoin');
        await eventually(async () => expect(witness.received).toHaveLength(1));
        const log = await WebhookDeliveryModel.find({ webhookId: res.data!.createWebhook.webhook.id }).lean();
        expect(log.filter((d) => d.placeId === after.id)).toEqual([]);
        expect(receiver.received).toHaveLength(1);
      } finally {
        await witness.stop();
      }
    } finally {
      await receiver.stop();
    }
  });

  it('lets a partner key manage its own webhooks, not another key’s', async () => {
    const own = await admin(CREATE_KEY, { input: { name: 'Autre partenaire' } });
    const other = await admin(CREATE_KEY, { input: { name: 'Troisième' } });
    const asKey =
      (secret: string): Gql =>
      async (query, variables) => {
        const { default: request } = await import('supertest');
        const res = await request(t.app).post('/graphql').set('x-api-key', secret).send({ query, variables });
        return res.body;
      };
    const ownKey = asKey(own.data!.createApiKey.secret);
    const mine = await ownKey(WEBHOOKS, { apiKeyId: own.data!.createApiKey.apiKey.id });
    expect(mine.errors).toBeUndefined();
    const theirs = await ownKey(WEBHOOKS, { apiKeyId: other.data!.createApiKey.apiKey.id });
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await t.gql(WEBHOOKS, { apiKeyId });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
