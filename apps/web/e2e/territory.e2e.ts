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
const insertOrganizations = (docs: object[]) =>
  (
    require('../../../services/api/src/modules/organizations/organization.model').OrganizationModel as {
      insertMany(docs: object[]): Promise<unknown>;
    }
  ).insertMany(docs);
// Which commune-positions file the gaps read (the platform's module instance): the shipped one locates every
// commune; the towns-only one (services/api/test/commune-positions.ts) leaves Barfleur without a position.
const positions = {
  townsOnly: () =>
    (
      require('../../../services/api/test/commune-positions') as { townsOnlyPositionsFile(): string }
    ).townsOnlyPositionsFile(),
  use: (file?: string) =>
    (
      require('../../../services/api/src/modules/organizations/commune-positions') as {
        useCommunePositionsFile(file?: string): void;
      }
    ).useCommunePositionsFile(file),
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
  await create('organization', {
    name: 'Commune des Pieux',
    kind: 'COLLECTIVITY',
    territory: ['Les Pieux', 'Barfleur'],
  });
}, 120_000);

afterAll(async () => {
  positions.use();
  await browser?.close();
  await platform?.stop();
});

const csvOf = (href: string | null) => decodeURIComponent(href!.split(',').slice(1).join(','));

describe('the collectivity’s view of the network', () => {
  it('shows a collectivity its territory’s structures, their non-public parts and the gaps within 30 km, by keyboard', async () => {
    // Barfleur without a position here: said apart, never a gap.
    positions.use(positions.townsOnly());
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
    // The map greys it, and says so in its legend.
    await gaps
      .getByRole('list', { name: 'Légende de la carte des manques' })
      .getByText('Position inconnue : pas évaluée : 1 commune')
      .waitFor();
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
    positions.use();
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

  it('draws the gaps of the real territory on a map, whose legend and tables agree, by keyboard', async () => {
    // The shipped positions: Barfleur is located, 42.8 km from the repair of Les Pieux.
    const collectivity = await create('organization', {
      name: 'Communauté des Pieux et de Barfleur',
      kind: 'COLLECTIVITY',
      territory: ['50402', '50030'],
    });
    const email = 'carte@lespieux.example';
    const password = await staffAccount(platform.url, { email, role: 'COLLECTIVITY', organizationId: collectivity });
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto('/professionnels/territoire');
    const gaps = page.getByRole('region', { name: 'Manques : à plus de 30 km' });
    const map = gaps.getByRole('img', { name: /colorées selon le nombre de compétences/ });
    await map.waitFor();
    // MapLibre draws on a canvas inside the picture (no tiles: nothing leaves the platform).
    await map.locator('canvas').waitFor();
    await expect(gaps.getByText(/position inconnue/).count()).resolves.toBe(0);
    await expect(gaps.getByRole('row', { name: /^Réparation/ }).innerText()).resolves.toContain(
      'Barfleur (la plus proche à 42,8 km)',
    );

    const competence = gaps.getByLabel('Compétence montrée');
    await competence.focus();
    await competence.selectOption({ label: 'Réparation' });
    await gaps
      .getByRole('img', { name: /où « Réparation » n’est proposée par aucune structure à moins de 30 km/ })
      .waitFor();
    const legend = gaps.getByRole('list', { name: 'Légende de la carte des manques' });
    await expect(legend.innerText()).resolves.toMatch(
      /Proposée à moins de 30 km : 1 commune\s+Manquante : aucune offre à moins de 30 km : 1 commune/,
    );
    // The map's communes as a table, opened by keyboard: Barfleur misses repair, Les Pieux does not.
    await gaps.getByText('Les communes de la carte, en tableau').focus();
    await page.keyboard.press('Enter');
    const barfleur = gaps.getByRole('row', { name: /^Barfleur/ });
    await expect(barfleur.getByRole('cell').allInnerTexts()).resolves.toEqual(['1', 'Réparation']);
    await expect(
      gaps
        .getByRole('row', { name: /^Les Pieux/ })
        .getByRole('cell')
        .first()
        .innerText(),
    ).resolves.toBe('0');
    expect(await seriousViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages a territory of more than 200 structures with « Voir plus de structures », by keyboard', async () => {
    await insertOrganizations(
      Array.from({ length: 205 }, (_, i) => ({
        name: `Atelier de Brix ${String(i + 1).padStart(3, '0')}`,
        kind: 'STRUCTURE',
        territory: ['Brix'],
        profile: { competences: [{ code: 'REPAIR' }] },
      })),
    );
    // One more through the API, which also has the network read again at once.
    const last = await create('organization', { name: 'Atelier de Brix 206', kind: 'STRUCTURE' });
    await adminApi(platform.url, UPDATE_PROFILE, {
      id: last,
      input: { territory: ['Brix'], competences: [{ code: 'REPAIR' }] },
    });
    const collectivity = await create('organization', {
      name: 'Commune de Brix',
      kind: 'COLLECTIVITY',
      territory: ['50087'],
    });
    const email = 'reseau@brix.example';
    const password = await staffAccount(platform.url, { email, role: 'COLLECTIVITY', organizationId: collectivity });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto('/professionnels/territoire');
    const structures = page.getByRole('region', { name: 'Structures' });
    await structures.getByText('200 structures affichées sur 206.').waitFor();
    await expect(structures.getByRole('row').count()).resolves.toBe(201);
    await expect(structures.getByText('Atelier de Brix 201').count()).resolves.toBe(0);

    // The export for a tender lists all 206, not the 200 shown: the rest is read before the download.
    await structures
      .getByRole('button', { name: 'Télécharger la liste des 206 structures (CSV, pour un marché)' })
      .focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('structures-territoire.csv');
    const every = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(every).toContain('"Atelier de Brix 206"');
    expect(every.trim().split(/\r?\n/)).toHaveLength(1 + 206);

    await structures.getByRole('button', { name: 'Voir plus de structures' }).focus();
    await page.keyboard.press('Enter');
    // The first structure just shown gets the focus; every one is listed, the button is gone.
    await structures.getByRole('link', { name: 'Atelier de Brix 201' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Atelier de Brix 201');
    await expect(structures.getByRole('row').count()).resolves.toBe(207);
    await expect(structures.getByRole('button', { name: 'Voir plus de structures' }).count()).resolves.toBe(0);
    await expect(structures.getByText(/structures affichées sur/).count()).resolves.toBe(0);
    const csv = csvOf(
      await page.getByRole('link', { name: /Télécharger la liste des structures/ }).getAttribute('href'),
    );
    expect(csv).toContain('"Atelier de Brix 206"');
    expect(errors).toEqual([]);
    await context.close();
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
