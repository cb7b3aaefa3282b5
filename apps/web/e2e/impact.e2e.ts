import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// The impact ledger against the real platform: a structure declares a month by form and another by CSV
// (a formula row refused, the rest kept), an editor validates, residents read the figures on /impact.
// Build the app first: `pnpm --filter @reemploi/web build`.
jest.setTimeout(180_000);

let platform: Platform;
let browser: Browser;
let structure: { id: string; name: string };
let syndicateId: string;

const monthsAgo = (n: number) => {
  const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const d = new Date(Date.UTC(paris[0], paris[1] - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: false, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
  // No GraphQL creates organisations yet: the platform runs in this process, so its model does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OrganizationModel } = require('../../../services/api/src/modules/organizations/organization.model') as {
    OrganizationModel: { create(doc: object): Promise<{ _id: { toString(): string } }> };
  };
  const name = 'Ressourcerie de la Hague';
  structure = { id: (await OrganizationModel.create({ name, kind: 'STRUCTURE' }))._id.toString(), name };
  syndicateId = (await OrganizationModel.create({ name: 'Syndicat du Cotentin', kind: 'SYNDICATE' }))._id.toString();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('impact ledger', () => {
  it('takes a structure’s months by form and CSV, validated by an editor, then shows them on /impact', async () => {
    const email = 'comptable@ressourcerie-hague.example';
    const password = await staffAccount(platform.url, { email, role: 'STRUCTURE', organizationId: structure.id });
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.getByRole('navigation', { name: 'Espace équipe' }).getByRole('link', { name: 'Impact' }).click();
    await page.getByRole('heading', { level: 1, name: /^Impact/ }).waitFor();
    await page.getByLabel('Commune (code INSEE, ex. 50129)').fill('50041');

    // A negative weight: refused, nothing saved; then corrected.
    const form = page.getByRole('form', { name: 'Déclarer un mois' });
    await form.getByLabel('Flux').selectOption('PASSED_ON');
    await form.getByLabel('Devenir').selectOption('REPAIRED');
    await form.getByLabel('Poids (kg)').fill('-20');
    await form.getByRole('button', { name: 'Envoyer la déclaration' }).click();
    await form
      .getByRole('alert')
      .getByText(/Ligne 1 : kg cannot be negative/)
      .waitFor();
    await form.getByLabel('Poids (kg)').fill('2000');
    await form.getByRole('button', { name: 'Envoyer la déclaration' }).click();
    await form
      .getByRole('status')
      .getByText(`Déclaration de ${monthsAgo(1)} envoyée (version 1), en attente de validation.`)
      .waitFor();

    const csv = [
      'mois;sous_categorie;flux;devenir;kg;pieces',
      `${monthsAgo(2)};velo;sorti;réemploi;300;20`,
      `${monthsAgo(2)};livre;sorti;réemploi;=1+2;`,
    ].join('\n');
    const upload = page.getByRole('form', { name: /Importer l’export/ });
    await upload
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'balance.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await upload.getByRole('button', { name: 'Importer' }).click();
    await upload
      .getByRole('status')
      .getByText(/^1 ligne\(s\) enregistrée\(s\)/)
      .waitFor();
    await upload
      .getByRole('alert')
      .getByText(/Ligne 3 : .*FORMULA_CELL/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const editorEmail = 'editeur@syndicat.example';
    const editorPassword = await staffAccount(platform.url, {
      email: editorEmail,
      role: 'EDITOR',
      organizationId: syndicateId,
    });
    const editor = await openPage(browser, platform.url);
    await signIn(editor.page, editorEmail, editorPassword);
    await editor.page.goto('/admin/impact');
    for (const month of [monthsAgo(1), monthsAgo(2)]) {
      await editor.page.getByRole('button', { name: `Valider ${month}` }).click();
      await editor.page.getByRole('button', { name: `Valider ${month}` }).waitFor({ state: 'detached' });
    }
    await editor.context.close();

    const resident = await openPage(browser, platform.url);
    await resident.page.goto('/');
    await resident.page.getByRole('contentinfo').getByRole('link', { name: 'Impact du réemploi' }).click();
    await resident.page.getByRole('heading', { level: 1, name: 'Ce que le réemploi a permis' }).waitFor();
    // 2 000 kg repaired + 300 kg reused: 2.3 tonnes kept out of landfill.
    await resident.page.getByText('2,3', { exact: true }).waitFor();
    await resident.page.getByRole('rowheader', { name: structure.name }).waitFor();
    await resident.page.getByRole('rowheader', { name: 'La Hague', exact: true }).waitFor();
    await resident.page
      .getByText(/valeurs illustratives/)
      .first()
      .waitFor();
    // Declared in kg only: nothing rests on the ADEME per-item factors, which the page lists with their object.
    await resident.page.getByText('dont 0 t de CO2e sur des facteurs ADEME vérifiés').waitFor();
    await resident.page
      .getByRole('table', { name: 'Facteurs ADEME par pièce' })
      .getByRole('row', { name: /^Meuble Chaise en bois 18,6/ })
      .waitFor();
    expect(await seriousViolations(resident.page)).toEqual([]);
    expect([...offsite, ...resident.offsite]).toEqual([]);
    expect([...errors, ...resident.errors]).toEqual([]);
    await resident.context.close();
  });
});
