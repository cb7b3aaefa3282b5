import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// What residents and staff see and where their focus goes: filters on the phone map, the map within the
// window, controls at their full size, the way back from a place page.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const SEARCH = '/recherche?action=drop_off&sub=meuble&where=Valognes&r=25';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The focused element: its tag, its href (links) and its id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), href: el?.getAttribute('href') ?? null, id: el?.id ?? '' };
  });

describe('results on a phone', () => {
  it('opens the filters above the map in map view', async () => {
    const { context, page } = await openPage(browser, platform.url, PHONE);
    await page.goto(`${SEARCH}&view=map`);
    await page.locator('.map-marker, .map-cluster').first().waitFor();
    const toggle = page.locator('button[aria-controls="filters-panel"]');
    await expect(toggle.innerText()).resolves.toBe('Filtres');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.innerText()).resolves.toBe('Masquer les filtres');
    const panel = page.getByRole('region', { name: 'Filtres' });
    await panel.waitFor();
    await expect(panel.getByRole('checkbox', { name: /^Donner/ }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.result-list').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('map').isVisible()).resolves.toBe(true);

    await panel.getByRole('checkbox', { name: /^Déchèterie/ }).check();
    await page.waitForURL(/kind=recycling_centre/);
    await expect(page.getByTestId('map').isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Masquer les filtres' }).click();
    await panel.waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('forms on a small phone', () => {
  it('fits the correction form of a place with opening hours in a 375 px screen, without sideways scrolling', async () => {
    // Not isMobile: a mobile layout viewport widens to the content and would hide the overflow.
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 375, height: 740 } });
    await page.goto('/lieu/emmaus-cotentin/signaler');
    await page.locator('.hours-editor input[type="time"]').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 375);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('results on a computer', () => {
  it('keeps the whole map inside the window, at the top of the page and once the list is scrolled', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      const { context, page } = await openPage(browser, platform.url, { viewport });
      await page.goto(SEARCH);
      await page.locator('#root:not([data-prerendered]) .result-list').waitFor();
      const panel = page.locator('.results-map-panel');
      const atTop = (await panel.boundingBox())!;
      expect(atTop.y).toBeGreaterThanOrEqual(0);
      expect(atTop.y + atTop.height).toBeLessThanOrEqual(viewport.height);
      expect(atTop.height).toBeGreaterThan(viewport.height / 2);
      await page.mouse.wheel(0, 600);
      await page.waitForFunction(() => window.scrollY > 0);
      const scrolled = (await panel.boundingBox())!;
      expect(scrolled.y).toBeGreaterThanOrEqual(0);
      expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(viewport.height);
      await context.close();
    }
  });

  it('keeps filter checkboxes at full size when their label wraps', async () => {
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 800 } });
    await page.goto(SEARCH);
    const boxes = page.locator('.filters-panel .check');
    await boxes.first().waitFor();
    const sizes = await boxes.evaluateAll((labels) =>
      labels.map((label) => {
        const input = label.querySelector('input')!.getBoundingClientRect();
        return { wraps: label.getBoundingClientRect().height > 50, width: input.width, height: input.height };
      }),
    );
    expect(sizes.some((s) => s.wraps)).toBe(true); // "Ouvert maintenant" takes two lines in the narrow column
    for (const size of sizes) expect(size).toMatchObject({ width: 20, height: 20 });
    await context.close();
  });

  it('offers to go back from "search this area" to the radius search with a button saying so', async () => {
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await page.goto(SEARCH);
    await page.locator('.map-marker, .map-cluster').first().waitFor();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Rechercher dans cette zone' }).click();
    await page.waitForURL(/bbox=/);
    const toolbar = page.locator('.results-toolbar');
    await expect(toolbar.getByRole('button').allInnerTexts()).resolves.toEqual([
      'Masquer les filtres',
      'Chercher plutôt dans un rayon de 25 km',
    ]);
    await toolbar.getByRole('button', { name: 'Chercher plutôt dans un rayon de 25 km' }).click();
    await page.waitForURL((url) => !url.search.includes('bbox='));
    await page.locator('.results-summary', { hasText: 'dans un rayon de 25 km' }).waitFor();
    await context.close();
  });

  it('puts focus back on the result the resident opened when they come back from its page', async () => {
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 800 } });
    await page.goto(SEARCH);
    await page.locator('#root:not([data-prerendered]) .result-list').waitFor(); // the app's, not the server's copy
    const third = page.locator('.result-list .result-name a').nth(2);
    const href = await third.getAttribute('href');
    await third.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lieu\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');

    // With the browser's back button…
    await page.goBack();
    await page.locator('.result-list').waitFor();
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);
    await expect(focused(page)).resolves.toEqual({ tag: 'a', href, id: '' });
    const link = (await page.locator(`.result-list a[href="${href}"]`).boundingBox())!;
    expect(link.y).toBeGreaterThanOrEqual(0);
    expect(link.y + link.height).toBeLessThanOrEqual(800);

    // …and with the page's own "back to results" link.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lieu\//);
    await page.getByRole('link', { name: /Retour aux résultats/ }).click();
    await page.locator('.result-list').waitFor();
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);

    // Coming to the results from elsewhere (here the home page), the page title has focus as usual.
    await page.getByRole('link', { name: 'Réemploi Cotentin' }).click();
    await page.getByRole('link', { name: 'Déposer des encombrants' }).waitFor();
    await page.goBack();
    await page.locator('.result-list').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    await context.close();
  });
});

describe('back-office', () => {
  it('shows opening times whole in the hours editor', async () => {
    const password = await staffAccount(platform.url, { email: 'horaires@example.org', role: 'ADMIN' });
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await signIn(page, 'horaires@example.org', password);
    await page.getByRole('link', { name: 'Nouveau lieu' }).click();
    await page.getByRole('button', { name: 'Ajouter une plage horaire le lundi' }).click();
    await page.getByRole('button', { name: 'Ajouter une plage horaire le lundi' }).click();
    const inputs = page.locator('.hours-editor input[type="time"]');
    await expect(inputs.count()).resolves.toBe(4);
    // Each field is at least as wide as the browser needs to draw its time ("09:00", "09:00 AM") and button.
    const widths = await inputs.evaluateAll((elements) =>
      elements.map((element) => {
        const input = element as HTMLInputElement;
        const shown = input.getBoundingClientRect().width;
        const style = input.getAttribute('style');
        input.style.cssText = 'width: auto; min-width: 0; max-width: none; flex: none';
        const needed = input.getBoundingClientRect().width;
        if (style === null) input.removeAttribute('style');
        else input.setAttribute('style', style);
        return { value: input.value, cut: shown + 0.5 < needed };
      }),
    );
    expect(widths).toEqual([
      { value: '09:00', cut: false },
      { value: '12:00', cut: false },
      { value: '14:00', cut: false },
      { value: '18:00', cut: false },
    ]);
    await context.close();
  });
});
