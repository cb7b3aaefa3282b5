import { useTestApp } from '../../../test/app';
import { placeWrites } from '../../../test/change-feed';
import { eventually } from '../../../test/eventually';
import { recordingMailer } from '../../../test/mailer';
import { signedInAs } from '../../../test/staff';
import { startWebhookReceiver } from '../../../test/webhook-receiver';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
const WEBHOOKS = `query($apiKeyId: ID!) {
  webhooks(apiKeyId: $apiKeyId) { id status disabledReason deliveries { status attempts lastStatusCode lastError } }
}`;
const ENABLE = `mutation($id: ID!) { enableWebhook(id: $id) { status } }`;

describe('a webhook that keeps failing', () => {
  const mail = recordingMailer();
  // The retry window is 24 h in production; one second here.
  const t = useTestApp({
    seedDemo: false,
    mailer: mail.mailer,
    env: {
      REEMPLOI_IMPORT_ALLOWED_HOSTS: '127.0.0.1',
      REEMPLOI_WEBHOOK_TICK_MS: '100',
      REEMPLOI_WEBHOOK_RETRY_BASE_MS: '200',
      REEMPLOI_WEBHOOK_RETRY_WINDOW_MS: '1000',
    },
  });

  it('is disabled after its retry window with an e-mail to its contact, and delivers what waited once re-enabled', async () => {
    let up = false;
    const receiver = await startWebhookReceiver(() => (up ? 200 : 503));
    try {
      const { gql: admin } = await signedInAs(t.app, 'ADMIN');
      const apiKeyId = (await admin(CREATE_KEY, { input: { name: 'Partenaire en panne' } })).data!.createApiKey.apiKey
        .id;
      const created = await admin(CREATE_WEBHOOK, {
        input: { apiKeyId, url: receiver.url, kinds: ['CREATED'], contactEmail: 'astreinte@partenaire.example' },
      });
      const webhookId = created.data!.createWebhook.webhook.id;
      await placeWrites(admin).create('Ressourcerie injoignable');

      await eventually(async () => {
        const [webhook] = (await admin(WEBHOOKS, { apiKeyId })).data!.webhooks;
        expect(webhook.status).toBe('DISABLED');
        expect(webhook.disabledReason).toContain('HTTP 503');
        expect(webhook.deliveries).toEqual([expect.objectContaining({ status: 'FAILED', lastStatusCode: 503 })]);
        expect(webhook.deliveries[0].attempts).toBeGreaterThan(1);
      });
      await eventually(async () => expect(mail.sent.map((m) => m.to)).toEqual(['astreinte@partenaire.example']));
      expect(mail.sent[0]!.text).toContain(receiver.url);
      // While it is disabled, a new change waits.
      const attempts = receiver.received.length;
      await placeWrites(admin).create('Deuxième ressourcerie');

      up = true;
      expect((await admin(ENABLE, { id: webhookId })).data!.enableWebhook.status).toBe('ACTIVE');
      await eventually(async () => {
        const [webhook] = (await admin(WEBHOOKS, { apiKeyId })).data!.webhooks;
        expect(webhook.deliveries.map((d: { status: string }) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
      });
      expect(receiver.received.length).toBeGreaterThan(attempts);
    } finally {
      await receiver.stop();
    }
  });
});
