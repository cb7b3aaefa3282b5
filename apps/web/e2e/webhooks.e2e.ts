import type { Browser } from 'playwright-core';
import { eventually } from '../../../services/api/test/eventually';
import { startWebhookReceiver } from '../../../services/api/test/webhook-receiver';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';

// An admin registers a partner's webhook in the back-office (secret shown once), the partner's server
// is down long enough for the webhook to be suspended, the admin reads why in the delivery log and
// re-enables it: the change that waited is received.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;
let up = false;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver(() => (up ? 204 : 503));
  [platform, browser] = await Promise.all([
    startPlatform({
      seedDemo: false,
      env: {
        REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
        // The partner's server is on loopback here: listed, as an operator would list an internal address.
        REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
        REEMPLOI_WEBHOOK_TICK_MS: '200',
        REEMPLOI_WEBHOOK_RETRY_BASE_MS: '200',
        REEMPLOI_WEBHOOK_RETRY_WINDOW_MS: '1500',
      },
    }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await receiver?.stop();
});

const createPlace = (name: string) =>
  adminApi(
    platform.url,
    'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } problems { field message } } }',
    {
      input: {
        status: 'PUBLISHED',
        fields: {
          name,
          kind: 'REPAIR_CAFE',
          address: { commune: 'Valognes' },
          location: { lat: 49.51, lng: -1.47 },
          offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
        },
      },
    },
  );

it('lets an admin add a webhook, see it suspended with the reason in its delivery log, and re-enable it', async () => {
  await adminApi(platform.url, 'mutation { createApiKey(input: { name: "Office de tourisme" }) { secret } }');
  const password = await staffAccount(platform.url, { email: 'admin-webhooks@example.org', role: 'ADMIN' });
  const { context, page, errors, offsite } = await openPage(browser, platform.url, {
    viewport: { width: 1280, height: 900 },
  });
  await signIn(page, 'admin-webhooks@example.org', password);
  await page.goto('/admin/cles-api');
  const section = page.getByRole('region', { name: 'Webhooks des partenaires' });
  await section.getByText('Aucun webhook pour cette clé.').waitFor();

  // Plain http to a public host: the server's reason next to the field; nothing added.
  const url = section.getByLabel('Adresse du serveur du partenaire');
  await url.fill('http://sync.partenaire.example/reemploi');
  await section.getByLabel('E-mail du contact technique').fill('astreinte@partenaire.example');
  await section.getByRole('button', { name: 'Ajouter le webhook' }).click();
  await section.getByText('A webhook URL must use https://.').waitFor();
  expect(await url.getAttribute('aria-invalid')).toBe('true');

  await url.fill(receiver.url);
  await section.getByRole('button', { name: 'Ajouter le webhook' }).click();
  const secret = section.getByRole('textbox', { name: 'Secret de signature' });
  await secret.waitFor();
  expect(await secret.inputValue()).toMatch(/^whsec_/);
  expect(await secret.evaluate((el) => el === document.activeElement)).toBe(true);
  await section.getByRole('button', { name: 'J’ai copié le secret' }).click();
  expect(await seriousViolations(page)).toEqual([]);

  // The partner's server answers 503 until the retry window is over: the webhook is suspended.
  await createPlace('Repair café de l’office');
  await eventually(async () => expect(receiver.received.length).toBeGreaterThan(1));
  await eventually(async () => {
    await page.reload();
    await section.getByText('Suspendu', { exact: true }).waitFor({ timeout: 2000 });
  });
  await section.getByText(/Suspendu le .*HTTP 503/).waitFor();
  const log = section.getByRole('region', { name: `Journal des envois vers ${receiver.url}` });
  await log.getByRole('cell', { name: 'Abandonné' }).waitFor();
  await log.getByRole('cell', { name: /HTTP 503/ }).waitFor();

  // Fixed on the partner's side, re-enabled here: the change that waited arrives.
  up = true;
  await section.getByRole('button', { name: 'Réactiver' }).click();
  await section.getByText(`Webhook vers ${receiver.url} réactivé`, { exact: false }).waitFor();
  await eventually(async () => {
    await page.reload();
    await log.getByRole('cell', { name: 'Reçu' }).waitFor({ timeout: 2000 });
  });
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await context.close();
});
