import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// Every map (results on a computer and a phone, the framed map, the back-office location map) keeps its
// places when the online basemap cannot load, says so, credits what it shows, and tries the style again.
jest.setTimeout(120_000);

/** The online style of these tests: on a host the browser cannot reach unless a test serves it. */
const STYLE_URL = 'https://basemap.example.org/styles/cotentin.json';
const NOTICE = 'Fond de carte indisponible — les lieux restent affichés ; nouvel essai…';

/** A style a test serves once the basemap "comes back": inline data only, so no tiles to fetch. */
const ONLINE_STYLE = {
  version: 8,
  name: 'test basemap',
  sources: {
    land: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      attribution: '© Fond de carte de test',
    },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f1e8' } },
    { id: 'land', type: 'circle', source: 'land' },
  ],
};

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_MAP_STYLE_URL: STYLE_URL, REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** The style host refuses every request, as behind a proxy or without internet. */
async function blockStyleHost(page: Page) {
  const requests: string[] = [];
  await page.route('https://basemap.example.org/**', (route) => {
    requests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return requests;
}

/** Waits for a place's marker; if it does not come, says what the map shows instead (zoom, markers, clusters). */
async function waitForMarker(page: Page, name: string) {
  const marker = page.locator(`.map-marker[aria-label="${name}"]`);
  try {
    await marker.waitFor();
  } catch (error) {
    const shown = await page
      .locator('.map-marker, .map-cluster')
      .evaluateAll((els) => els.map((e) => `${e.className}: ${e.getAttribute('aria-label')}`));
    throw new Error(`${(error as Error).message}\nthe map shows instead (${page.url()}):\n${shown.join('\n')}`);
  }
}

async function expectPlacesWithoutBasemap(page: Page, map = page.locator('.map-wrapper')) {
  await map.locator('.map-marker, .map-cluster').first().waitFor();
  await page.getByRole('status').filter({ hasText: NOTICE }).waitFor();
  await map.locator('.maplibregl-ctrl-attrib', { hasText: 'Lieux : Réemploi Cotentin et leurs sources' }).waitFor();
}

describe('maps without their online basemap', () => {
  it('shows the places on a plain map with a message and an attribution, then takes the basemap back when it returns', async () => {
    const { context, page, errors } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    const refused = await blockStyleHost(page);
    // 5 km: the déchèterie of Valognes alone, so the map fits on it and no cluster can hide its marker (at
    // 25 km it shared a cluster with Le Ham's, 7 km away, whenever the fitted zoom came out a step lower).
    await page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes&r=5');
    await expectPlacesWithoutBasemap(page);
    expect(refused).toContain(STYLE_URL);
    await waitForMarker(page, 'Déchèterie de Valognes');
    expect(await seriousViolations(page)).toEqual([]);

    // The style's server is back: the next try (5 s, 10 s, 20 s… after the failure) takes it, the
    // message goes, its attribution shows.
    await page.unroute('https://basemap.example.org/**');
    await page.route(STYLE_URL, (route) => route.fulfill({ json: ONLINE_STYLE }));
    await page.locator('.maplibregl-ctrl-attrib', { hasText: '© Fond de carte de test' }).waitFor({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: NOTICE }).waitFor({ state: 'detached' });
    await expect(page.locator('.map-notice').innerText()).resolves.toBe('');
    await waitForMarker(page, 'Déchèterie de Valognes');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the zoom buttons in the language of the page', async () => {
    const zoomLabels = async (path: string) => {
      const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
      await blockStyleHost(page);
      await page.goto(path);
      await page.locator('.maplibregl-ctrl-zoom-in').waitFor();
      const labels = await page
        .locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      await context.close();
      return labels;
    };
    await expect(zoomLabels('/recherche?action=drop_off&where=Valognes')).resolves.toEqual(['Zoomer', 'Dézoomer']);
    await expect(zoomLabels('/recherche?action=drop_off&where=Valognes&lang=en')).resolves.toEqual([
      'Zoom in',
      'Zoom out',
    ]);
  });

  it('gives up waiting for a style server that does not answer', async () => {
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    const hanging: Route[] = [];
    await page.route('https://basemap.example.org/**', (route) => {
      hanging.push(route); // never answered
    });
    await page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes&r=25');
    // The places do not wait for the basemap.
    await page.locator('.map-marker, .map-cluster').first().waitFor();
    await expectPlacesWithoutBasemap(page);
    expect(hanging.length).toBeGreaterThan(0);

    // In English too, message and attribution.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Basemap unavailable — places are still shown; trying again…' })
      .waitFor();
    await page.locator('.maplibregl-ctrl-attrib', { hasText: 'Places: Réemploi Cotentin and their sources' }).waitFor();
    await context.close();
  });

  it('keeps the places on the phone map view and on the framed map', async () => {
    const phone = await openPage(browser, platform.url, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await blockStyleHost(phone.page);
    await phone.page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes&r=25&view=map');
    await expectPlacesWithoutBasemap(phone.page);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await phone.context.close();

    const framed = await openPage(browser, platform.url, { viewport: { width: 600, height: 800 } });
    await blockStyleHost(framed.page);
    await framed.page.goto('/embed/carte?action=drop_off&sub=meuble&where=Valognes&r=25&view=map');
    await expectPlacesWithoutBasemap(framed.page);
    await framed.context.close();
  });

  it('keeps the pin on the back-office location map', async () => {
    const password = await staffAccount(platform.url, { email: 'carte@example.org', role: 'ADMIN' });
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await blockStyleHost(page);
    await signIn(page, 'carte@example.org', password);
    await page.getByRole('link', { name: 'Nouveau lieu' }).click();
    await page.getByRole('combobox', { name: 'Chercher l’adresse' }).fill('Valog');
    await page.getByRole('option', { name: /^Valognes/ }).click();
    await expectPlacesWithoutBasemap(page, page.locator('.location-map-wrapper'));
    await context.close();
  });
});
