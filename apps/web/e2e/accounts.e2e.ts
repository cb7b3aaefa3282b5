import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// Staff accounts in the back-office: invitation, the password link page, My account, forgotten password.
jest.setTimeout(120_000);

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const COLLEAGUE = 'collegue@example.org';
const FIRST_PASSWORD = 'une phrase de passe bien longue';
const NEW_PASSWORD = 'une autre phrase encore plus longue';

/** The element that has the keyboard focus, as text (to check where focus went after a submit). */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function choosePassword(page: Page, password: string, confirmation = password) {
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmer le nouveau mot de passe').fill(confirmation);
  await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
}

describe('staff accounts in the back-office', () => {
  it('lets an admin invite a colleague, who chooses a password through the link, is signed in, and changes it', async () => {
    const adminPassword = await staffAccount(platform.url, { email: 'admin@example.org', role: 'ADMIN' });
    const admin = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await signIn(admin.page, 'admin@example.org', adminPassword);
    await admin.page.getByRole('link', { name: 'Comptes' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Comptes de l’équipe' }).waitFor();
    await admin.page.getByRole('table', { name: /Comptes de l’équipe/ }).waitFor();
    expect(await admin.page.title()).toBe('Comptes de l’équipe – Réemploi Cotentin');
    expect(await seriousViolations(admin.page)).toEqual([]);

    // An editor needs an organisation: the server's problem shows next to the field, and focus goes to the summary.
    const invite = admin.page.getByRole('region', { name: 'Inviter une personne' });
    await invite.getByLabel('Adresse électronique').fill(COLLEAGUE);
    await invite.getByLabel('Nom (facultatif)').fill('Camille Collègue');
    await invite.getByLabel('Rôle').selectOption('EDITOR');
    await invite.getByRole('button', { name: 'Inviter' }).click();
    await invite.getByText('Le rôle Éditeur·rice a besoin d’une organisation.').waitFor();
    await expect(invite.getByLabel('Organisation').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await focusedText(admin.page)).toBe('Vérifiez les champs signalés.');

    await invite.getByLabel('Rôle').selectOption('MODERATOR');
    await invite.getByRole('button', { name: 'Inviter' }).click();
    await invite.getByRole('heading', { name: `Lien de mot de passe pour ${COLLEAGUE}` }).waitFor();
    expect(await focusedText(admin.page)).toBe(`Lien de mot de passe pour ${COLLEAGUE}`);
    await invite.getByText(/n’a pas été envoyé par courriel/).waitFor();
    const url = await invite.getByLabel('Lien à usage unique').inputValue();
    expect(url).toMatch(/\/admin\/mot-de-passe#token=[\w-]{43}$/);
    const row = admin.page.getByRole('row', { name: new RegExp(COLLEAGUE) });
    await row.getByText('Invitation en attente').waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);

    // The colleague opens the link in their own browser (the link's host is REEMPLOI_PUBLIC_URL's).
    const linkPath = new URL(url).pathname + new URL(url).hash; // the token in the fragment: sent to no server
    const colleague = await openPage(browser, platform.url);
    await colleague.page.goto(linkPath);
    await colleague.page.getByRole('heading', { level: 1, name: 'Choisir mon mot de passe' }).waitFor();
    await colleague.page.waitForURL((u) => !u.hash.includes('token') && !u.search.includes('token'));
    expect(new URL(colleague.page.url()).pathname).toBe('/admin/mot-de-passe');
    expect(await seriousViolations(colleague.page)).toEqual([]);
    await choosePassword(colleague.page, FIRST_PASSWORD, 'pas la même phrase du tout');
    await colleague.page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await choosePassword(colleague.page, 'court');
    await colleague.page.getByText('Le mot de passe doit compter au moins 12 caractères.').waitFor();
    expect(
      await colleague.page.getByLabel('Nouveau mot de passe', { exact: true }).getAttribute('aria-describedby'),
    ).toMatch(/-problem/);
    await choosePassword(colleague.page, FIRST_PASSWORD);
    await colleague.page.getByRole('navigation', { name: 'Espace équipe' }).waitFor();
    await colleague.page.getByText(`Connecté·e : ${COLLEAGUE}`).waitFor();
    expect(new URL(colleague.page.url()).pathname).toBe('/admin');
    // Not an admin: no accounts entry in the menu.
    expect(await colleague.page.getByRole('link', { name: 'Comptes', exact: true }).count()).toBe(0);

    // The link worked once: opened again, it says so and where to get a new one.
    const again = await openPage(browser, platform.url);
    await again.page.goto(linkPath);
    await choosePassword(again.page, 'encore une phrase de passe');
    await again.page.getByText(/Ce lien a expiré ou a déjà servi/).waitFor();
    await again.page.getByRole('link', { name: 'Mot de passe oublié ?' }).waitFor();
    expect(await seriousViolations(again.page)).toEqual([]);
    await again.context.close();

    // My account: change the password; a wrong current password is reported next to its field.
    await colleague.page.getByRole('link', { name: 'Mon compte' }).click();
    await colleague.page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await colleague.page.getByText('Modérateur·rice').waitFor();
    expect(await seriousViolations(colleague.page)).toEqual([]);
    await colleague.page.getByLabel('Mot de passe actuel').fill('pas le bon mot de passe');
    await colleague.page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await colleague.page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
    await colleague.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await colleague.page.getByText('Le mot de passe actuel est incorrect.').waitFor();
    await colleague.page.getByLabel('Mot de passe actuel').fill(FIRST_PASSWORD);
    await colleague.page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await colleague.page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
    await colleague.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await colleague.page.getByText(/Mot de passe changé\. Vos autres sessions .* ont été déconnectées/).waitFor();
    expect(await focusedText(colleague.page)).toMatch(/^Mot de passe changé/);
    expect(colleague.errors).toEqual([]);
    await colleague.context.close();

    // Only the new password signs in now.
    const later = await openPage(browser, platform.url);
    await later.page.goto('/admin');
    await later.page.getByLabel('Adresse électronique').fill(COLLEAGUE);
    await later.page.getByLabel('Mot de passe').fill(FIRST_PASSWORD);
    await later.page.getByRole('button', { name: 'Se connecter' }).click();
    await later.page.getByText('Adresse ou mot de passe incorrect.').waitFor();
    await signIn(later.page, COLLEAGUE, NEW_PASSWORD);
    await later.context.close();

    // The admin sees the sign-in, then disables the account from its panel.
    await admin.page.reload();
    await row.getByText('Invitation en attente').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `Gérer ${COLLEAGUE}` }).click();
    const panel = admin.page.getByRole('region', { name: `Compte ${COLLEAGUE}` });
    await panel.getByRole('button', { name: 'Désactiver le compte' }).click();
    await panel.getByText(`Compte ${COLLEAGUE} désactivé ; ses sessions sont fermées.`).waitFor();
    await row.getByText('Désactivé').waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);
    expect(admin.errors).toEqual([]);
    await admin.context.close();
  });

  it('sends people who forgot their password to an administrator when the server cannot send mail', async () => {
    const { context, page, errors } = await openPage(browser, platform.url);
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await page.getByText(/Ce serveur n’envoie pas de courriels.*Demandez à un administrateur/).waitFor();
    expect(await page.getByLabel('Adresse électronique').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
