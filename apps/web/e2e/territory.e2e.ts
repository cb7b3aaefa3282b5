import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';

// The collectivity's view of the network (issue 14), as a local authority's officer meets it: signed in,
// the network on its territory with the non-public parts, the gaps within 30 km, the exports, then a
// structure's profile with its places, by keyboard, against the real platform. Build the app first.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;
let near: string;

const UPDATE_PROFILE =
  'mutation($id: ID!, $input: StructureProfileInput!) { updateStructureProfile(id: $id, input: $input) { id } }';

// The platform runs in this process: organisations and places are created with its models.
/* eslint-disable @typescript-eslint/no-require-imports */
const create = (model: string, doc: object) => {
  const models = {
    organization: () => require('../../../services/api/src/modules/organizations/organization.model').OrganizationModel,
    place: () => require('../../../services/api/src/modules/places/place.model').PlaceModel,
  } as Record<string, () => { create(doc: object): Promise<{ _id: { toString(): string } }> }>;
  return models[model]!()
    .create(doc)
    .then((d) => d._id.toString());
};
/* eslint-enable @typescript-eslint/no-require-imports */

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    // REEMPLOI_WEB_DIST: a build of one's own while developing (the shared dist stays as others use it).
    startPlatform({
      seedDemo: false,
      env: {
        REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
        ...(process.env.REEMPLOI_WEB_DIST ? { REEMPLOI_WEB_DIST: process.env.REEMPLOI_WEB_DIST } : {}),
      },
    }),
    launchBrowser(),
  ]);
  near = await create('organization', { name: 'Ressourcerie des Pieux', kind: 'STRUCTURE' });
  await adminApi(platform.url, UPDATE_PROFILE, {
    id: near,
    input: {
      territory: ['Les Pieux'],
      insertionJobs: 7,
      contactPerson: 'Jeanne Leroy',
      competences: [{ code: 'REPAIR' }],
    },
  });
  await create('place', {
    slug: 'boutique-des-pieux',
    name: 'Boutique des Pieux',
    kind: 'RESSOURCERIE',
    address: { commune: 'Les Pieux' },
    location: { type: 'Point', coordinates: [-1.8067, 49.5128] },
    status: 'PUBLISHED',
    organizationId: near,
  });
  const far = await create('organization', { name: 'Formateurs du Val de Saire', kind: 'STRUCTURE' });
  await adminApi(platform.url, UPDATE_PROFILE, {
    id: far,
    input: { territory: ['Saint-Pierre-Église'], contactPerson: 'Marc Hébert', competences: [{ code: 'TRAINING' }] },
  });
  // Barfleur has no known position (commune-positions.json): said apart, never a gap.
  await create('organization', {
    name: 'Commune des Pieux',
    kind: 'COLLECTIVITY',
    territory: ['Les Pieux', 'Barfleur'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const csvOf = (href: string | null) => decodeURIComponent(href!.split(',').slice(1).join(','));

describe('the collectivity’s view of the network', () => {
  it('shows a collectivity its territory’s structures, their non-public parts and the gaps within 30 km, by keyboard', async () => {
    const { organizations } = await adminApi<{ organizations: { id: string; name: string }[] }>(
      platform.url,
      '{ organizations { id name } }',
    );
    const collectivity = organizations.find((o) => o.name === 'Commune des Pieux')!.id;
    const email = 'reseau@lespieux.example';
    const password = await staffAccount(platform.url, { email, role: 'COLLECTIVITY', organizationId: collectivity });
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);

    const nav = page.getByRole('link', { name: 'Le réseau sur mon territoire' });
    await nav.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/professionnels\/territoire$/);
    await page.getByRole('heading', { level: 1, name: 'Le réseau sur votre territoire' }).waitFor();
    const structures = page.getByRole('region', { name: 'Structures' });
    await structures.getByRole('row', { name: /Ressourcerie des Pieux/ }).waitFor();
    // Its territory only, with the non-public contact person.
    await expect(structures.getByText(/Jeanne Leroy/).count()).resolves.toBe(1);
    await expect(page.getByText('Formateurs du Val de Saire').count()).resolves.toBe(0);
    // Training is offered 34 km away: a gap; repair is offered in Les Pieux: none.
    const gaps = page.getByRole('region', { name: 'Manques : à plus de 30 km' });
    await expect(gaps.getByRole('row', { name: /Formation/ }).innerText()).resolves.toContain(
      'Les Pieux (la plus proche à 33,9 km)',
    );
    await expect(gaps.getByRole('row', { name: /Réparation/ }).count()).resolves.toBe(0);
    await expect(gaps.getByRole('table').innerText()).resolves.not.toContain('Barfleur');
    await expect(
      gaps.getByText('Barfleur : position inconnue — lancez `pnpm reemploi territory communes`').count(),
    ).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const structuresCsv = csvOf(
      await page.getByRole('link', { name: /Télécharger la liste des structures/ }).getAttribute('href'),
    );
    expect(structuresCsv).toContain('"Ressourcerie des Pieux"');
    expect(structuresCsv).toContain('"Jeanne Leroy"');
    expect(structuresCsv).not.toContain('Formateurs');
    const gapsCsv = csvOf(await page.getByRole('link', { name: 'Télécharger les manques (CSV)' }).getAttribute('href'));
    expect(gapsCsv).toContain('"Formation";"Les Pieux";"33,9"');

    const profile = structures.getByRole('link', { name: 'Ressourcerie des Pieux' });
    await profile.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/professionnels/structure/${near}$`));
    await page.getByRole('heading', { level: 2, name: 'Ses lieux' }).waitFor();
    const place = page.getByRole('link', { name: 'Boutique des Pieux' });
    await expect(place.getAttribute('href')).resolves.toBe('/lieu/boutique-des-pieux');
    expect(await seriousViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an admin give a collectivity its communes by name, by keyboard; the collectivity then sees their structures', async () => {
    const mairie = await create('organization', { name: 'Mairie de Saint-Pierre-Église', kind: 'OTHER' });
    const adminEmail = 'admin@reemploi.example';
    const adminPassword = await staffAccount(platform.url, { email: adminEmail, role: 'ADMIN' });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, adminEmail, adminPassword);
    await page.goto('/admin/utilisateurs');
    const section = page.getByRole('region', { name: 'Territoires des collectivités' });
    await section
      .getByLabel('Organisation qui devient une collectivité')
      .selectOption({ label: 'Mairie de Saint-Pierre-Église' });
    await section.getByRole('button', { name: 'En faire une collectivité' }).focus();
    await page.keyboard.press('Enter');
    const editor = section.getByRole('group', { name: /Mairie de Saint-Pierre-Église/ });
    await editor
      .getByRole('heading', { name: 'Mairie de Saint-Pierre-Église n’a aucune commune : elle ne voit rien du réseau.' })
      .waitFor();

    const add = editor.getByLabel('Ajouter une commune (son nom)');
    await add.focus();
    await page.keyboard.type('Atlantide');
    await page.keyboard.press('Enter');
    await editor.getByText(/« Atlantide » n’est pas une commune du Cotentin/).waitFor();
    await add.fill('');
    await page.keyboard.type('saint-pierre-eglise');
    await page.keyboard.press('Enter');
    await editor.getByRole('listitem').getByText('Saint-Pierre-Église (50539)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Enregistrer les communes de Mairie de Saint-Pierre-Église' }).focus();
    await page.keyboard.press('Enter');
    await editor
      .getByRole('status')
      .getByText('Territoire de Mairie de Saint-Pierre-Église enregistré : 1 commune.')
      .waitFor();
    const { organizations } = await adminApi<{ organizations: { id: string; kind: string; territory: string[] }[] }>(
      platform.url,
      '{ organizations { id kind territory } }',
    );
    expect(organizations.find((o) => o.id === mairie)).toMatchObject({ kind: 'COLLECTIVITY', territory: ['50539'] });
    expect(errors).toEqual([]);
    await context.close();

    // The collectivity's officer now sees the structure covering Saint-Pierre-Église, contact person included.
    const email = 'reseau@saintpierreeglise.example';
    const password = await staffAccount(platform.url, { email, role: 'COLLECTIVITY', organizationId: mairie });
    const officer = await openPage(browser, platform.url);
    await signIn(officer.page, email, password);
    await officer.page.goto('/professionnels/territoire');
    const structures = officer.page.getByRole('region', { name: 'Structures' });
    await structures
      .getByRole('row', { name: /Formateurs du Val de Saire/ })
      .getByText(/Marc Hébert/)
      .waitFor();
    await expect(officer.page.getByText('Ressourcerie des Pieux').count()).resolves.toBe(0);
    await officer.context.close();
  });

  it('tells anyone else the page is for collectivities, without the network’s non-public parts', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/professionnels/territoire');
    await page.getByText(/réservée aux comptes des collectivités/).waitFor();
    await expect(page.getByText('Jeanne Leroy').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
