import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '../../../services/api/test/eventually';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// An admin creates a partner's API key in the back-office, the partner uses it, the admin revokes it.
// REEMPLOI_SCREENSHOTS=1 also writes docs/screenshots/admin-api-keys.png for docs/staff-guide.md.
jest.setTimeout(90_000);

const PARTNER_ORIGIN = 'https://www.valognes.fr';
let platform: Platform;
let browser: Browser;

async function screenshot(page: Page, name: string) {
  if (process.env.REEMPLOI_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** What a partner's page or server sends: the key, and the page's origin when there is one. */
function partnerRequest(key: string, origin: string) {
  return fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Api-Key': key, Origin: origin },
    body: JSON.stringify({ query: '{ currentApiKey { name origins territory } }' }),
  });
}

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({
      seedDemo: false,
      env: {
        REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
        REEMPLOI_APIKEY_REFRESH_MS: '1000',
        REEMPLOI_USAGE_FLUSH_MS: '200',
      },
    }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

it('lets an admin create a key shown once, which works from its origin only, then revoke it so it is refused', async () => {
  const password = await staffAccount(platform.url, { email: 'admin-cles@example.org', role: 'ADMIN' });
  const { context, page, errors, offsite } = await openPage(browser, platform.url, {
    viewport: { width: 1280, height: 900 },
  });
  await signIn(page, 'admin-cles@example.org', password);
  await page.getByRole('navigation', { name: 'Espace équipe' }).getByRole('link', { name: 'Clés d’API' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clés d’API des partenaires' }).waitFor();
  expect(await page.title()).toBe('Clés d’API des partenaires – Réemploi Cotentin');
  const rate = page.getByLabel('Requêtes par minute (facultatif)');
  await page.waitForFunction(() =>
    document.querySelector('input[placeholder^="Par défaut"]')?.getAttribute('placeholder')?.includes('3'),
  );
  expect(await rate.getAttribute('placeholder')).toMatch(/^Par défaut : 3\s000 \(réglage du serveur\)$/);

  // An origin with a path: the server's problem, next to the field, which gets the focus.
  await page.getByLabel('Nom du partenaire').fill('Mairie de Valognes');
  const origins = page.getByLabel('Sites autorisés (origines, facultatif)');
  await origins.fill(`${PARTNER_ORIGIN}/carte`);
  await page.getByLabel('Territoire : communes (facultatif)').fill('Valognes');
  await page.getByRole('button', { name: 'Créer la clé' }).click();
  await page.getByRole('alert').filter({ hasText: 'La clé n’a pas été créée' }).waitFor();
  await page.getByText(`Ligne 1 : « ${PARTNER_ORIGIN}/carte » n’est pas une origine.`, { exact: false }).waitFor();
  expect(await origins.getAttribute('aria-invalid')).toBe('true');
  expect(await origins.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await origins.evaluate((el) => el.getAttribute('aria-describedby')?.split(' ').length)).toBe(2);
  expect(await seriousViolations(page)).toEqual([]);

  // Fixed: the key is created, its secret shown once in a focused read-only field, with code to paste.
  await origins.fill(PARTNER_ORIGIN);
  await page.getByRole('button', { name: 'Créer la clé' }).click();
  await page.getByRole('heading', { level: 2, name: 'Clé créée pour Mairie de Valognes' }).waitFor();
  const secretField = page.getByLabel('Clé d’API de Mairie de Valognes', { exact: true });
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^rmp_live_[A-Za-z0-9_-]{43}$/);
  expect(await secretField.evaluate((el) => el === document.activeElement && el.hasAttribute('readonly'))).toBe(true);
  await page.getByText('Copiez cette clé maintenant : elle ne sera plus jamais affichée.', { exact: false }).waitFor();
  expect(await page.getByLabel('Premier essai en ligne de commande').inputValue()).toContain(`X-Api-Key: ${secret}`);
  expect(await page.getByLabel('Widget avec la clé').inputValue()).toContain(`api-key="${secret}"`);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-api-keys');

  // The partner: accepted from its origin (CORS answers with it), refused from another one.
  await eventually(async () => {
    const ok = await partnerRequest(secret, PARTNER_ORIGIN);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(((await ok.json()) as { data: unknown }).data).toEqual({
      currentApiKey: { name: 'Mairie de Valognes', origins: [PARTNER_ORIGIN], territory: ['Valognes'] },
    });
  });
  const elsewhere = await partnerRequest(secret, 'https://elsewhere.example');
  expect(elsewhere.status).toBe(403);
  expect(((await elsewhere.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
    'FORBIDDEN',
  );

  // Back to the list: the secret is gone from the page; the key's row shows its use this month.
  await page.getByRole('button', { name: 'J’ai copié la clé' }).click();
  expect(await page.getByText(secret).count()).toBe(0);
  const row = () =>
    page.getByRole('table', { name: /^1 clé d’API, avec/ }).getByRole('row', { name: /Mairie de Valognes/ });
  await eventually(async () => {
    await page.reload();
    const cells = row().getByRole('cell');
    await cells.first().waitFor();
    expect(secret.startsWith((await cells.nth(0).innerText()).replace(/…$/, ''))).toBe(true);
    expect(await cells.nth(1).innerText()).toBe(PARTNER_ORIGIN);
    expect(await cells.nth(3).innerText()).toBe('Valognes');
    expect(await cells.nth(5).innerText()).not.toBe('Jamais');
    expect(Number(await cells.nth(6).innerText())).toBeGreaterThanOrEqual(1);
    expect(await cells.nth(8).innerText()).toBe('Active');
  });
  expect(await seriousViolations(page)).toEqual([]);

  // Revoking asks first, in a dialog opened on « Annuler »; Escape keeps the key.
  const revoke = row().getByRole('button', { name: /^Révoquer la clé rmp_live_.* de Mairie de Valognes$/ });
  await revoke.click();
  const dialog = page.getByRole('dialog', { name: 'Révoquer la clé de Mairie de Valognes ?' });
  await dialog.waitFor();
  expect(await dialog.getByRole('button', { name: 'Annuler' }).evaluate((el) => el === document.activeElement)).toBe(
    true,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await revoke.evaluate((el) => el === document.activeElement)).toBe(true);
  expect((await partnerRequest(secret, PARTNER_ORIGIN)).status).toBe(200);

  await revoke.click();
  await dialog.getByRole('button', { name: 'Révoquer la clé' }).click();
  await page.getByRole('status').filter({ hasText: 'Clé de Mairie de Valognes révoquée.' }).waitFor();
  const status = page
    .getByRole('row', { name: /Mairie de Valognes/ })
    .getByRole('cell')
    .nth(8);
  await status.getByText(/^Révoquée le /).waitFor();
  // The focus moves to the row's new status (the button it was on is gone).
  await page.waitForFunction(() => /^Révoquée le /.test(document.activeElement?.textContent ?? ''), undefined, {
    timeout: 5_000,
  });
  expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);

  // Within the key refresh window, the partner's requests are refused.
  await eventually(async () => expect((await partnerRequest(secret, PARTNER_ORIGIN)).status).toBe(401));

  // Revoked keys stay listed on demand.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Clés existantes' }).waitFor();
  // Hidden by default once the list has loaded again (waited for: the reload races the old page).
  await page.getByLabel('Afficher les clés révoquées').waitFor();
  await page.waitForFunction(
    () => ![...document.querySelectorAll('tr')].some((row) => row.textContent?.includes('Mairie de Valognes')),
    undefined,
    { timeout: 10_000 },
  );
  await page.getByLabel('Afficher les clés révoquées').check();
  await page
    .getByRole('row', { name: /Mairie de Valognes/ })
    .getByText(/^Révoquée le /)
    .waitFor();

  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await context.close();
});

it('keeps the page and its nav entry from staff who are not admins', async () => {
  const password = await staffAccount(platform.url, { email: 'moderation-cles@example.org', role: 'MODERATOR' });
  const { context, page, errors } = await openPage(browser, platform.url);
  await signIn(page, 'moderation-cles@example.org', password);
  const nav = page.getByRole('navigation', { name: 'Espace équipe' });
  await nav.getByRole('link', { name: 'Modération' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Clés d’API' }).count()).toBe(0);
  await page.goto('/admin/cles-api');
  await page.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor();
  expect(await page.getByRole('heading', { name: 'Clés d’API des partenaires' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
