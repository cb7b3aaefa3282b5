import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// A staff member imports a CSV from the back-office (upload, preview, mapping, progress, rejected rows),
// and the imported place is on the public site at once. REEMPLOI_SCREENSHOTS=1 also writes
// docs/screenshots/admin-imports.png for docs/staff-guide.md.
jest.setTimeout(90_000);

const repoRoot = join(__dirname, '..', '..', '..');
let platform: Platform;
let browser: Browser;

/** An editor of an organisation, with a password (invitation link → setPassword), as an admin would. */
async function editorAccount(email: string): Promise<string> {
  // No GraphQL creates organisations yet: the platform runs in this process, so its model does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OrganizationModel } = require('../../../services/api/src/modules/organizations/organization.model') as {
    OrganizationModel: { create(doc: object): Promise<{ _id: { toString(): string } }> };
  };
  const organizationId = (
    await OrganizationModel.create({ name: 'Syndicat du Cotentin', kind: 'SYNDICATE' })
  )._id.toString();
  return staffAccount(platform.url, { email, role: 'EDITOR', organizationId });
}

const CSV = [
  'Identifiant;Nom du point;Adresse;Code postal;Localisation;Latitude;Longitude;Objets;Ouverture',
  'IMP-1;Recyclerie du Test Import;3 rue du Port;50100;Cherbourg-en-Cotentin;49,6400;-1,6200;vetement;quand il fait beau',
  'IMP-2;Point sans position;Rue inconnue;50340;Les Pieux;;;vetement;Mo-Fr 09:00-17:00',
  '',
].join('\r\n');

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN, REEMPLOI_SCHEDULER_TICK_MS: '0' } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

it('lets a staff member upload a CSV, map its columns, follow the run to 100 % and see the rejected row; the place is public at once', async () => {
  const email = 'import@example.org';
  const password = await editorAccount(email);
  const { context, page, errors, offsite } = await openPage(browser, platform.url, {
    viewport: { width: 1280, height: 900 },
  });
  await signIn(page, email, password);
  await page.getByRole('navigation', { name: 'Espace équipe' }).getByRole('link', { name: 'Imports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Importer un fichier' }).waitFor();

  await page.getByRole('radio', { name: 'Nouvelle source' }).check();
  await page.getByLabel('Nom de la nouvelle source').fill('Syndicat — test d’import');
  await page.getByLabel('Licence (facultatif)').fill('Licence Ouverte 2.0');
  await page
    .getByLabel('Fichier CSV ou GeoJSON')
    .setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

  // The preview, focused, with the detected encoding and separator; the mapping pre-filled.
  const previewHeading = page.getByRole('heading', { name: '3. Aperçu' });
  await previewHeading.waitFor();
  await page.getByText('Encodage UTF-8, séparateur « ; », 9 colonnes.').waitFor();
  await page.getByRole('cell', { name: 'Recyclerie du Test Import' }).waitFor();
  expect(await page.getByLabel('Nom du lieu (obligatoire)').inputValue()).toBe('Nom du point');
  expect(await page.getByLabel('Latitude (WGS84)').inputValue()).toBe('Latitude');
  expect(await page.getByLabel('Commune', { exact: true }).inputValue()).toBe('');
  await page.getByLabel('Commune', { exact: true }).selectOption('Localisation');
  await page.getByLabel('Horaires', { exact: true }).selectOption('Ouverture');
  // Every row's kind and action: the defaults (collection point, drop off) unless chosen.
  const kind = page.getByLabel('Type de lieu des lignes importées');
  const action = page.getByLabel('Action proposée');
  expect(await kind.inputValue()).toBe('COLLECTION_POINT');
  expect(await action.inputValue()).toBe('DROP_OFF');
  await kind.selectOption('RESSOURCERIE');
  await action.selectOption('DONATE');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Lancer l’import' }).click();
  const progress = page.getByRole('progressbar', { name: 'Avancement de l’import' });
  await progress.waitFor();
  await page.waitForFunction(
    () =>
      document
        .querySelector('[role="progressbar"][aria-label="Avancement de l’import"]')
        ?.getAttribute('aria-valuenow') === '100',
    undefined,
    { timeout: 20_000 },
  );
  await page.getByText('Import terminé : 1 lieu créé, 1 ligne rejetée.').waitFor();
  const rejected = page.getByRole('table', { name: 'Lignes rejetées, avec leur motif' });
  await rejected.getByRole('cell', { name: '3', exact: true }).waitFor();
  expect(await rejected.getByRole('row').count()).toBe(2);
  await rejected
    .getByRole('cell', { name: 'Adresse sans coordonnées, et géocodage désactivé sur le serveur' })
    .waitFor();
  // The created place's unreadable hours are named, not guessed, and the place is imported without them.
  const warned = page.getByRole('table', { name: 'Valeurs ignorées, par ligne' });
  await warned.getByRole('cell', { name: 'Horaires illisibles' }).waitFor();
  await warned.getByRole('cell', { name: 'quand il fait beau' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  if (process.env.REEMPLOI_SCREENSHOTS === '1') {
    const dir = join(repoRoot, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, 'admin-imports.png'), fullPage: true });
  }

  // The resident's side: the new place has its page, with the kind and action chosen for the rows.
  const resident = await openPage(browser, platform.url);
  await resident.page.goto('/lieu/recyclerie-du-test-import');
  await resident.page.getByRole('heading', { level: 1, name: 'Recyclerie du Test Import' }).waitFor();
  await resident.page.locator('.place-kind', { hasText: 'Ressourcerie, recyclerie' }).waitFor();
  await resident.page.getByRole('heading', { level: 3, name: 'Donner' }).waitFor();
  await resident.context.close();

  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await context.close();
});
