import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount as createStaffAccount } from './staff-support';

// Suggestions from residents and the staff back-office, against the real platform.
jest.setTimeout(90_000);

/** With REEMPLOI_SCREENSHOTS=1, writes docs/screenshots/<name>.png for docs/staff-guide.md. */
async function screenshot(page: Page, name: string) {
  if (process.env.REEMPLOI_SCREENSHOTS !== '1') return;
  const dir = join(__dirname, '..', '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
let platform: Platform;
let browser: Browser;

const staffAccount = (email: string, role: 'ADMIN' | 'MODERATOR') => createStaffAccount(platform.url, { email, role });

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN, REEMPLOI_SUGGESTIONS_PER_MIN: '50' } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('suggestions and the back-office', () => {
  it('lets a resident report a wrong phone number, and a moderator accept it so the public page shows them', async () => {
    const resident = await openPage(browser, platform.url);
    await resident.page.goto('/lieu/emmaus-cotentin');
    await resident.page.getByRole('link', { name: /Signaler une erreur/ }).click();
    await resident.page.getByRole('radio', { name: 'Une information est fausse ou manque' }).check();
    await resident.page.getByLabel('Téléphone').fill('02 33 44 55 66');
    // An object the place does not take is reported by unticking it under its action.
    const listed = resident.page.getByRole('group', { name: 'Ce qu’on peut y faire' }).getByRole('checkbox');
    const wrongObject = (await listed.first().locator('xpath=..').innerText()).trim();
    await listed.first().uncheck();
    await resident.page.getByLabel('Précisions (facultatif)').fill('Numéro affiché à l’entrée.');
    // The honeypot is out of reach of people and assistive technologies.
    expect(await resident.page.getByRole('textbox', { name: /Ne pas remplir/ }).count()).toBe(0);
    await resident.page.getByRole('button', { name: 'Envoyer' }).click();
    await resident.page.getByRole('heading', { name: 'Merci, c’est envoyé !' }).waitFor();
    await resident.context.close();

    const password = await staffAccount('moderatrice@example.org', 'MODERATOR');
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, 'moderatrice@example.org', password);
    await page.getByRole('link', { name: 'Modération' }).click();
    const card = page.getByRole('article', { name: /Emmaüs Cotentin/ });
    await card
      .getByRole('row', { name: /Téléphone/ })
      .getByText('02 33 44 55 66')
      .waitFor();
    const offersRow = card.getByRole('row', { name: /Ce qu’on peut y faire/ });
    expect(await offersRow.locator('del').innerText()).toContain(wrongObject);
    // Unticked under the first action ("Donner"), still listed under the others.
    const [firstAction] = (await offersRow.locator('ins').innerText()).split(' ; ');
    expect(firstAction).not.toContain(wrongObject);
    expect(await card.innerText()).not.toMatch(/contact\.phone|address\.street/);
    await screenshot(page, 'admin-moderation');
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Tout accepter' }).click();
    await page.getByText('Suggestion acceptée.').waitFor();
    await context.close();

    const check = await openPage(browser, platform.url);
    for (let i = 0; i < 20; i++) {
      await check.page.goto('/lieu/emmaus-cotentin');
      await check.page.getByRole('heading', { level: 1, name: 'Emmaüs Cotentin' }).waitFor();
      if ((await check.page.getByText('02 33 44 55 66').count()) > 0) break;
      await check.page.waitForTimeout(500);
    }
    await check.page.getByText('02 33 44 55 66').first().waitFor();
    expect(errors).toEqual([]);
    await check.context.close();
  });

  it('lets a staff member sign in and create a collection point that then appears on the public site', async () => {
    const password = await staffAccount('agent@example.org', 'ADMIN');
    const { context, page, errors } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await signIn(page, 'agent@example.org', password);
    await page.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor();
    await screenshot(page, 'admin-places');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nouveau lieu' }).click();
    await page.getByLabel('Nom', { exact: true }).fill('Borne textile du marché');
    await page.getByLabel('Type de lieu').selectOption('COLLECTION_POINT');
    await page.getByRole('combobox', { name: 'Chercher l’adresse' }).fill('Valog');
    await page.getByRole('option', { name: /^Valognes/ }).click();
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toBe('49.5089');
    await page.getByLabel('Numéro et rue').fill('Place du Château');
    await page.getByTestId('location-map').waitFor();
    await page.getByRole('button', { name: 'Ajouter une action' }).click();
    await page.getByLabel('Action').selectOption('DROP_OFF');
    await page.locator('.offer-row summary').click();
    await page.locator('.offer-row').getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Ajouter une plage horaire le lundi' }).click();
    await page.getByRole('button', { name: 'Mêmes horaires du lundi au vendredi' }).click();
    await screenshot(page, 'admin-place-editor');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier : Borne textile du marché' }).waitFor();
    await page.getByText('Publié', { exact: true }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    const resident = await openPage(browser, platform.url);
    let names: string[] = [];
    for (let i = 0; i < 20 && !names.includes('Borne textile du marché'); i++) {
      await resident.page.goto('/recherche?where=Valognes&kind=collection_point');
      await resident.page.locator('.result-list, .notice-empty').first().waitFor();
      names = await resident.page.locator('.result-list .result-name').allInnerTexts();
      if (!names.includes('Borne textile du marché')) await resident.page.waitForTimeout(500);
    }
    expect(names).toContain('Borne textile du marché');
    await resident.context.close();
  });
});
