import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';

// « Professionnels et collectivités » as a professional meets it: find a partner by competence and
// commune, open its profile with the contact, by keyboard, against the real platform. Build the app first.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;
let structure: { id: string; name: string };

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
  // No GraphQL creates organisations yet: the platform runs in this process, so its model does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OrganizationModel } = require('../../../services/api/src/modules/organizations/organization.model') as {
    OrganizationModel: { create(doc: object): Promise<{ _id: { toString(): string } }> };
  };
  const name = 'Recyclerie du Val de Saire';
  structure = { id: (await OrganizationModel.create({ name, kind: 'STRUCTURE' }))._id.toString(), name };
  await adminApi(
    platform.url,
    'mutation($id: ID!, $input: StructureProfileInput!) { updateStructureProfile(id: $id, input: $input) { id } }',
    {
      id: structure.id,
      input: {
        siret: '73282932000074',
        insertionTypes: ['ACI'],
        email: 'contact@structure.example',
        phone: '02 33 00 00 00',
        insertionJobs: 12,
        contactPerson: 'Claire Martin',
        territory: ['Valognes', 'Brix'],
        competences: [{ code: 'HOUSE_CLEARANCE' }, { code: 'PUBLIC_TENDERS_SOCIAL_CLAUSE' }],
      },
    },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('find a partner', () => {
  it('finds a structure by competence and commune by keyboard, then shows its public profile, without serious axe violations', async () => {
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await page.goto('/professionnels');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Professionnels et collectivités : trouver un partenaire',
    );
    await page.getByRole('option', { name: 'Débarras de maisons et d’appartements' }).waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Compétence').focus();
    await page.getByLabel('Compétence').selectOption('HOUSE_CLEARANCE');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Brix');
    await page.keyboard.press('Enter');
    await page.waitForURL(/competence=HOUSE_CLEARANCE&commune=Brix/);
    await page.getByRole('status').getByText('1 structure').waitFor();
    const csv = decodeURIComponent(
      (await page.getByRole('link', { name: /Télécharger la liste/ }).getAttribute('href'))!
        .split(',')
        .slice(1)
        .join(','),
    );
    expect(csv).toContain(`"${structure.name}";"73282932000074";"ACI"`);
    expect(csv).not.toContain('Claire Martin');
    const link = page.getByRole('link', { name: structure.name });
    await link.focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(new RegExp(`/professionnels/structure/${structure.id}$`));
    await page.getByRole('heading', { level: 1, name: structure.name }).waitFor();
    await page.getByRole('link', { name: 'contact@structure.example' }).waitFor();
    await expect(page.getByText('Réponse aux marchés publics avec clause sociale').count()).resolves.toBe(1);
    // Non-public parts stay hidden from residents.
    await expect(page.getByText('Claire Martin').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/professionnels?commune=Tourlaville');
    await page.getByRole('status').getByText('Aucune structure ne correspond.').waitFor();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the structure’s account edit its profile by keyboard: a wrong SIRET key is refused and nothing saved', async () => {
    const email = 'structure@recyclerie.example';
    const password = await staffAccount(platform.url, { email, role: 'STRUCTURE', organizationId: structure.id });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto(`/professionnels/structure/${structure.id}`);
    await page.getByRole('link', { name: 'Modifier ce profil' }).click();
    await page.getByRole('heading', { level: 1, name: `Modifier le profil — ${structure.name}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('SIRET').fill('73282932000075');
    await page.getByLabel('Courriel').fill('atelier@structure.example');
    await page.getByLabel('Courriel').press('Enter');
    await page
      .getByRole('alert')
      .getByText(/clé de contrôle/)
      .waitFor();
    const stored = await adminApi<{ structure: { email: string } }>(
      platform.url,
      'query($id: ID!) { structure(id: $id) { email } }',
      { id: structure.id },
    );
    expect(stored.structure.email).toBe('contact@structure.example');

    await page.getByLabel('SIRET').fill('73282932000074');
    await page.getByLabel('SIRET').press('Enter');
    await page.waitForURL(new RegExp(`/professionnels/structure/${structure.id}$`));
    await page.getByRole('link', { name: 'atelier@structure.example' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
