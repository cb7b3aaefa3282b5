import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser, openPage, startPlatform, type Platform } from './support';

/*
 * The resident app's first render does without Apollo Client (issue 16 §12: initial JavaScript ≤ 120 KB):
 * a shared results link is drawn from the results the server prerendered it with, and is usable (links,
 * language switch, keyboard) while Apollo Client, its own chunk, is still on its way; the client then
 * takes over with those results, without asking the API for them again. Build the app first.
 */
jest.setTimeout(90_000);

const RESULTS = '/recherche?action=drop_off&sub=meuble&q=canap%C3%A9&where=Valognes&lat=49.5089&lng=-1.4703';
const APOLLO_CHUNK = /\/assets\/apollo-client-[\w-]+\.js$/;

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ seedDemo: true }), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Holds back the Apollo Client chunk until `release()`; counts the GraphQL operations the page sends. */
async function holdApolloClient(page: Page) {
  let held: Route | undefined;
  let requested: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  let release: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APOLLO_CHUNK, async (route) => {
    held = route;
    requested();
    await released;
    await route.continue();
  });
  const operations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const body = request.postData() ?? '';
    operations.push(/"operationName":"(\w+)"/.exec(body)?.[1] ?? request.url());
  });
  return { asked, operations, release: () => release(), wasHeld: () => held !== undefined };
}

describe('first render without Apollo Client', () => {
  it('draws a shared results link and lets the resident use it while Apollo Client loads, then hands over', async () => {
    const { context, page, errors } = await openPage(browser, platform.url);
    const apollo = await holdApolloClient(page);
    await page.goto(RESULTS);
    // The app's own render (the server's copy is marked data-prerendered), with Apollo Client held back.
    await page.locator('#root:not([data-prerendered]) .result-list').waitFor();
    await apollo.asked;
    expect(apollo.wasHeld()).toBe(true);
    const names = await page.locator('.result-list .result-name').allInnerTexts();
    expect(names[0]).toBe('Déchèterie de Valognes');
    expect(apollo.operations).toEqual([]);

    // Keyboard: the first Tab reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    // The filters panel's button works (React handles the click).
    const filtersButton = page.locator('button[aria-controls="filters-panel"]');
    const expanded = (await filtersButton.getAttribute('aria-expanded')) === 'true';
    for (const state of [!expanded, expanded]) {
      await filtersButton.click();
      await page.locator(`button[aria-controls="filters-panel"][aria-expanded="${String(state)}"]`).waitFor();
    }

    // Apollo Client arrives: it takes the prerendered results over, without asking for them again.
    apollo.release();
    // The next events strip is the first query the app makes itself (the server leaves it out).
    await page.waitForRequest((request) => (request.postData() ?? '').includes('"operationName":"Agenda"'));
    await page.getByRole('checkbox', { name: /^Déchèterie/ }).waitFor();
    expect(apollo.operations).not.toContain('SearchPlaces');
    expect(apollo.operations).not.toContain('Taxonomy');
    await expect(page.locator('.result-list .result-name').allInnerTexts()).resolves.toEqual(names);

    // Then the rest works through it: a filter asks the API.
    const search = page.waitForResponse((response) =>
      (response.request().postData() ?? '').includes('"operationName":"SearchPlaces"'),
    );
    await page.getByRole('checkbox', { name: /^Donner/ }).check();
    await page.waitForURL(/action=drop_off%2Cdonate|action=drop_off,donate/);
    expect((await search).ok()).toBe(true);
    await page.locator('.result-list').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches language and opens a place before Apollo Client has loaded; their data follows it', async () => {
    const { context, page, errors } = await openPage(browser, platform.url);
    const apollo = await holdApolloClient(page);
    await page.goto(RESULTS);
    await page.locator('#root:not([data-prerendered]) .result-list').waitFor();
    await apollo.asked;

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Places for “canapé”' }).waitFor();
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lieux pour « canapé »' }).waitFor();

    // A result's link is a real link, followed in the app: the place page waits for its data.
    await page.locator('.result-list .result-name a').first().click();
    await page.waitForURL(/\/lieu\/[\w-]+$/);
    await page.locator('.result-skeleton').waitFor();
    expect(apollo.operations).toEqual([]);
    apollo.release();
    await page.getByRole('heading', { level: 1, name: 'Déchèterie de Valognes' }).waitFor();
    expect(apollo.operations).toContain('PlacePage');
    expect(errors).toEqual([]);
    await context.close();
  });
});
