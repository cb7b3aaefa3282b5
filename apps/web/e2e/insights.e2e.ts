import type { Browser } from 'playwright-core';
import { eventually } from '../../../services/api/test/eventually';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';

// « Avez-vous trouvé ? » and the privacy page against the real platform (API + demo data + built app):
// a resident's answers are counted anonymously, « Le lieu était fermé » opens a closure report, and a
// browser sending Sec-GPC is not counted. Build the app first: `pnpm --filter @reemploi/web build`.
jest.setTimeout(120_000);

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN, REEMPLOI_INSIGHTS_FLUSH_MS: '200' } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

interface Figures {
  places: { name: string | null; opened: number }[];
  feedback: { answer: string; count: number }[];
}

async function figures(): Promise<Figures> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({
      query: 'query($d: String!) { insights(from: $d, to: $d) { places { name opened } feedback { answer count } } }',
      variables: { d: today },
    }),
  });
  return ((await res.json()) as { data: { insights: Figures } }).data.insights;
}

const openedOf = (f: Figures, name: string) => f.places.find((p) => p.name === name)?.opened ?? 0;

describe('« Avez-vous trouvé ? » and privacy', () => {
  it('counts a resident’s answer anonymously and turns « Le lieu était fermé » into a closure report', async () => {
    const resident = await openPage(browser, platform.url);
    await resident.page.goto('/lieu/decheterie-du-becquet');
    await resident.page.getByRole('heading', { level: 1, name: 'Déchèterie du Becquet' }).waitFor();
    const question = resident.page.getByRole('region', { name: 'Avez-vous trouvé ?' });
    expect(await seriousViolations(resident.page)).toEqual([]);
    await question.getByRole('button', { name: 'Le lieu était fermé' }).click();
    await question.getByText(/^Merci !/).waitFor();
    await eventually(async () => {
      const f = await figures();
      expect(f.feedback).toEqual([{ answer: 'PLACE_CLOSED', count: 1 }]);
      expect(openedOf(f, 'Déchèterie du Becquet')).toBe(1);
    });
    await question.getByRole('link', { name: 'Signaler la fermeture' }).click();
    await resident.page.getByRole('heading', { level: 1, name: /^Signaler une erreur/ }).waitFor();
    expect(await resident.page.getByRole('radio', { name: 'Le lieu a fermé définitivement' }).isChecked()).toBe(true);

    await resident.page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité' }).click();
    await resident.page.getByRole('heading', { level: 1, name: /^Confidentialité/ }).waitFor();
    await resident.page.getByText(/Sec-GPC: 1/).waitFor();
    expect(await seriousViolations(resident.page)).toEqual([]);
    await resident.context.close();
  });

  it('counts nothing from a browser sending Sec-GPC: 1', async () => {
    const before = await figures();
    const resident = await openPage(browser, platform.url, { extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await resident.page.goto('/lieu/decheterie-du-becquet');
    const question = resident.page.getByRole('region', { name: 'Avez-vous trouvé ?' });
    await question.getByRole('button', { name: 'Oui' }).click();
    await question.getByText(/^Merci !/).waitFor();
    await resident.context.close();
    // A counted answer afterwards: once it is in, the GPC one would be too.
    const counted = await openPage(browser, platform.url);
    await counted.page.goto('/lieu/decheterie-du-becquet');
    await counted.page.getByRole('region', { name: 'Avez-vous trouvé ?' }).getByRole('button', { name: 'Non' }).click();
    await eventually(async () => expect((await figures()).feedback).toContainEqual({ answer: 'NOT_FOUND', count: 1 }));
    const after = await figures();
    expect(after.feedback.find((a) => a.answer === 'FOUND')).toBeUndefined();
    expect(openedOf(after, 'Déchèterie du Becquet')).toBe(openedOf(before, 'Déchèterie du Becquet') + 1);
    await counted.context.close();
  });

  it('shows the syndicate the demand as charts, each with its data as CSV', async () => {
    // Five searches for bikes near Cherbourg: enough for the commune to be shown.
    for (let i = 0; i < 5; i += 1)
      await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ places(filter: { subcategories: ["velo"] }, near: { lat: 49.64, lng: -1.62 }) { totalCount } }',
        }),
      });
    const password = await staffAccount(platform.url, { email: 'demande@example.org', role: 'ADMIN' });
    const staff = await openPage(browser, platform.url);
    await signIn(staff.page, 'demande@example.org', password);
    await eventually(async () => {
      await staff.page.goto('/admin/demande');
      await staff.page.getByRole('heading', { level: 1, name: 'Demande des habitants' }).waitFor();
      await staff.page.getByRole('img', { name: /^Graphique : Recherches par jour/ }).waitFor({ timeout: 2000 });
      await staff.page.getByRole('img', { name: /^Graphique : Communes/ }).waitFor({ timeout: 2000 });
    });
    expect(await seriousViolations(staff.page)).toEqual([]);
    const figure = staff.page.getByRole('figure').filter({ hasText: 'Objets les plus cherchés' });
    const [download] = await Promise.all([
      staff.page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Télécharger les données (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('objets-cherches.csv');
    const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(csv).toMatch(/^\uFEFFlibellé,Recherches\r\nvelo \(toute action\),5\r\n/);

    // The map of communes: the outlines' source said, a legend, a table for screen readers, a CSV.
    const map = staff.page.getByRole('figure').filter({ hasText: 'Carte : recherches sans lieu proche' });
    await map.getByRole('img', { name: /^Carte des communes colorées/ }).waitFor();
    await map.getByText(/^Contours administratifs des communes/).waitFor();
    await map
      .getByRole('list', { name: /^Légende/ })
      .getByText('moins de 5 recherches (non montré)')
      .waitFor();
    await eventually(async () =>
      expect(await map.getByRole('row', { name: /^Cherbourg-en-Cotentin 50129 5 / }).count()).toBe(1),
    );
    const [mapCsv] = await Promise.all([
      staff.page.waitForEvent('download'),
      map.getByRole('button', { name: 'Télécharger les données (CSV)' }).click(),
    ]);
    expect(mapCsv.suggestedFilename()).toBe('communes-sans-lieu-15km.csv');
    const mapRows = await (await import('node:fs/promises')).readFile((await mapCsv.path())!, 'utf8');
    expect(mapRows).toMatch(
      /^\uFEFFCommune,Code INSEE,Recherches,Sans lieu à moins de 15 km\r\nCherbourg-en-Cotentin,50129,5,\d+\r\n$/,
    );
    expect(await seriousViolations(staff.page)).toEqual([]);
    await staff.context.close();
  });

  it('shows a structure its own figures: its places per month and what is sought near them', async () => {
    // No GraphQL creates organisations yet: the platform runs in this process, so its model does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OrganizationModel } = require('../../../services/api/src/modules/organizations/organization.model') as {
      OrganizationModel: { create(doc: object): Promise<{ _id: { toString(): string } }> };
    };
    const organizationId = (
      await OrganizationModel.create({ name: 'Atelier vélo de Valognes', kind: 'STRUCTURE' })
    )._id.toString();
    const { createPlace } = await adminApi<{ createPlace: { place: { id: string } } }>(
      platform.url,
      'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } } }',
      {
        input: {
          status: 'PUBLISHED',
          organizationId,
          fields: {
            name: 'Atelier vélo de Valognes',
            kind: 'REPAIR_CAFE',
            address: { commune: 'Valognes' },
            location: { lat: 49.51, lng: -1.47 },
            offers: [{ action: 'REPAIR', subcategories: ['velo'] }],
          },
        },
      },
    );
    await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { countPlaceOutcome(placeId: $id, outcome: CALLED) }',
        variables: { id: createPlace.place.id },
      }),
    });
    const password = await staffAccount(platform.url, {
      email: 'atelier@example.org',
      role: 'STRUCTURE',
      organizationId,
    });
    const staff = await openPage(browser, platform.url);
    await signIn(staff.page, 'atelier@example.org', password);
    await staff.page.getByRole('link', { name: 'Ma structure' }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Les chiffres de ma structure' }).waitFor();
    const months = staff.page.getByRole('figure').filter({ hasText: 'Vos lieux, par mois' });
    await eventually(async () => {
      await staff.page.reload();
      await months.getByRole('img', { name: /^Graphique : Vos lieux, par mois/ }).waitFor({ timeout: 2000 });
    });
    const [download] = await Promise.all([
      staff.page.waitForEvent('download'),
      months.getByRole('button', { name: 'Télécharger les données (CSV)' }).click(),
    ]);
    const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(csv).toMatch(/^\uFEFFlibellé,Vu,Ouvert,Appelé,Site,Itinéraire\r\n\d{4}-\d{2},\d+,0,1,0,0\r\n$/);
    await staff.page.getByRole('heading', { name: 'Cherché à moins de 15 km, et que vous ne prenez pas' }).waitFor();
    expect(await seriousViolations(staff.page)).toEqual([]);
    await staff.context.close();
  });
});
