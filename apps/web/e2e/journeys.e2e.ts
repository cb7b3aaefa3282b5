import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, VALOGNES, type Platform } from './support';

// Residents' journeys against the real platform (API + demo data + built app). Build the app first:
// `pnpm --filter @reemploi/web build`.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ seedDemo: true }), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function resultNames(page: Page): Promise<string[]> {
  // Not the server's prerendered copy (data-prerendered): the app's, whose controls work.
  await page.locator('#root:not([data-prerendered]) .result-list').waitFor();
  return page.locator('.result-list .result-name').allInnerTexts();
}

async function pickSuggestion(page: Page, field: string, text: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: field });
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

describe('resident journeys', () => {
  it('donates a sofa near Valognes: recycling centre first, then donation places once the search widens', async () => {
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Que voulez-vous faire ?');
    await page.getByRole('radio', { name: /J’ai un objet/ }).check();
    await pickSuggestion(page, 'Quel objet ?', 'canapé', /^Meuble/);
    await pickSuggestion(page, 'Où ?', 'Valog', /^Valognes/);
    await page.getByRole('button', { name: 'Rechercher' }).click();

    await page.waitForURL(/\/recherche\?/);
    expect(new URL(page.url()).searchParams.get('sub')).toBe('meuble');
    const names = await resultNames(page);
    expect(names[0]).toBe('Déchèterie de Valognes');
    await expect(page.locator('.result-card').first().innerText()).resolves.toMatch(/Position approximative/);

    // Donating only: nothing within 10 km, the empty state offers to widen.
    await page.getByRole('checkbox', { name: /^Donner/ }).check();
    await page.getByText('Rien dans un rayon de 10 km pour cela.').waitFor();
    await page.getByRole('button', { name: 'Élargir à 25 km' }).click();
    await page.waitForURL(/r=25/);
    const donation = await resultNames(page);
    expect(donation).toEqual(expect.arrayContaining(['Emmaüs Cotentin', 'Fil & Terre — recyclerie']));
    expect(donation).not.toContain('Déchèterie de Valognes');

    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a repair café for a broken appliance from a quick link', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/');
    await pickSuggestion(page, 'Où ?', 'Tourla', /^Tourlaville/);
    await page.getByRole('link', { name: 'Faire réparer un appareil' }).click();
    await page.waitForURL(/action=repair/);
    const names = await resultNames(page);
    expect(names[0]).toBe('La Réparette — repair café');
    const card = page.locator('.result-card').first();
    await expect(card.innerText()).resolves.toMatch(/Petit électroménager|petit électroménager/i);
    await card.getByRole('link').click();
    await page.waitForURL(/\/lieu\/la-reparette/);
    await page.getByRole('heading', { level: 1, name: 'La Réparette — repair café' }).waitFor();
    await context.close();
  });

  it('warns that asbestos is not for reuse when the word is searched without picking a suggestion', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Quel objet ?' }).fill('amiante');
    await page.getByRole('combobox', { name: 'Quel objet ?' }).press('Enter');
    await page.waitForURL(/\/recherche\?q=amiante/);
    await resultNames(page);
    const warning = page.getByRole('note').filter({ hasText: 'objet dangereux' });
    await expect(warning.innerText()).resolves.toMatch(/entreprise certifiée/);
    await context.close();
  });

  it('can be done with the keyboard alone, focus following each page', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Aller au contenu');
    await page.getByRole('radio', { name: /J’ai un objet/ }).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('object');
    await page.keyboard.type('canapé');
    await page.getByRole('option', { name: /^Meuble/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Quel objet ?' }).inputValue()).resolves.toBe('Meuble');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Valognes');
    await page.getByRole('option', { name: /^Valognes/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // "Autour de moi"
    await page.keyboard.press('Tab'); // "Rechercher"
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche/);
    await page.locator('.result-list').waitFor();
    // The new page's title has focus, as after a page load.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-title');
    // Tab to the first result and open it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inResult = await page.evaluate(() => Boolean(document.activeElement?.closest('.result-name')));
      if (inResult) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lieu\//);
    await page.getByRole('heading', { level: 1, name: 'Déchèterie de Valognes' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-title');
    // Focus is visible: the focused link gets an outline.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('shows the list first on a phone, with a map toggle', async () => {
    const { context, page } = await openPage(browser, platform.url, {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes');
    await resultNames(page);
    expect(await page.locator('.results-map-panel').count()).toBe(0);
    await page.getByRole('button', { name: 'Carte' }).click();
    await page.waitForURL(/view=map/);
    await page.locator('.results-map-panel').waitFor();
    await expect(page.locator('.results-list-column').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Carte' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.locator('.result-list').waitFor({ state: 'visible' });
    // No horizontal scrolling on a small screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps the map in step with the list and searches the area after panning', async () => {
    const { context, page } = await openPage(browser, platform.url, { viewport: { width: 1280, height: 900 } });
    await page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes&r=25');
    await resultNames(page);
    const marker = page.locator('.map-marker[aria-label="Déchèterie de Valognes"]');
    await marker.waitFor();
    // Hovering a result highlights its marker; clicking a marker highlights its result.
    await page.locator('.result-card', { hasText: 'Déchèterie de Valognes' }).hover();
    await expect(marker.getAttribute('class')).resolves.toMatch(/is-highlighted/);
    await page.mouse.move(5, 5);
    // Pan the map: "search this area" appears and puts the box in the URL.
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Rechercher dans cette zone' }).click();
    await page.waitForURL(/bbox=/);
    expect(new URL(page.url()).searchParams.get('z')).not.toBeNull();
    await page.locator('.results-summary', { hasText: 'dans la zone de la carte' }).waitFor();
    await context.close();
  });

  it('shows the first results of a shared link before any script has run (prerendered by the server)', async () => {
    const { context, page } = await openPage(browser, platform.url, { javaScriptEnabled: false });
    await page.goto('/recherche?action=drop_off&sub=meuble&where=Valognes&lat=49.5089&lng=-1.4703');
    const names = await page.locator('.result-list .result-name').allInnerTexts();
    expect(names[0]).toBe('Déchèterie de Valognes');
    await expect(page.locator('.results-summary').innerText()).resolves.toMatch(/près de Valognes/);
    await expect(page.getByRole('button', { name: 'Switch to English' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('restores a shared results URL: filters, radius and view', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto(
      '/recherche?action=drop_off&sub=meuble&where=Valognes&lat=49.5089&lng=-1.4703&r=25&kind=recycling_centre&open=0',
    );
    const names = await resultNames(page);
    expect(names[0]).toBe('Déchèterie de Valognes');
    await expect(page.getByRole('checkbox', { name: /^Déposer/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^Déchèterie/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Distance maximale').inputValue()).resolves.toBe('25');
    await expect(page.locator('.results-summary').innerText()).resolves.toMatch(
      /près de Valognes · dans un rayon de 25 km/,
    );
    // Back and forward move through filter changes like pages.
    await page.getByRole('checkbox', { name: /^Déchèterie/ }).uncheck();
    await page.waitForURL((url) => !url.search.includes('kind='));
    await page.goBack();
    await page.waitForURL(/kind=recycling_centre/);
    await expect(page.getByRole('checkbox', { name: /^Déchèterie/ }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('shows a place page with offers, hours, contact, sources, share and report links', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/lieu/emmaus-cotentin');
    await page.getByRole('heading', { level: 1, name: 'Emmaüs Cotentin' }).waitFor();
    const offers = page.locator('section[aria-labelledby="offers-title"]');
    await expect(offers.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toHaveLength(2);
    await expect(offers.innerText()).resolves.toMatch(/Meuble/);
    await page
      .getByText(/centre de la commune/)
      .first()
      .waitFor();
    await expect(page.getByRole('link', { name: /Itinéraire/ }).getAttribute('href')).resolves.toMatch(
      /openstreetmap\.org\/directions/,
    );
    await page.getByRole('heading', { name: 'Sources des informations' }).waitFor();
    await page.getByRole('button', { name: 'Partager ce lieu' }).waitFor();
    await page.getByRole('link', { name: /Signaler une erreur/ }).click();
    await page.waitForURL(/\/lieu\/emmaus-cotentin\/signaler/);
    await page.getByRole('group', { name: 'Qu’est-ce qui ne va pas ?' }).waitFor();
    await page.goto('/lieu/nulle-part');
    await page.getByRole('heading', { level: 1, name: 'Ce lieu est introuvable' }).waitFor();
    await context.close();
  });

  it('switches to English and sets the page language', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/recherche?action=donate&sub=meuble&q=meuble&where=Cherbourg-Octeville');
    await resultNames(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('heading', { level: 1, name: /Places for/ }).waitFor();
    await page.getByRole('checkbox', { name: /Open now/ }).waitFor();
    await context.close();
  });

  it('searches the object a sentence names when the API is fairly sure of it (medium confidence), in English too', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/recherche?q=fridge%20not%20working&lang=en');
    await resultNames(page);
    await expect(page.locator('.results-note').innerText()).resolves.toBe(
      '“fridge not working”: category Large appliances (refrigerating)',
    );
    await context.close();
  });

  it('does not claim to search near a place it could not locate, and says so', async () => {
    const { context, page } = await openPage(browser, platform.url);
    // Typed and submitted without picking a suggestion (the geocoder is offline here): no point to sort by.
    await page.goto('/recherche?q=canap%C3%A9&where=12%20rue%20Gambetta%20Cherbourg');
    await resultNames(page);
    await expect(page.locator('.results-summary').innerText()).resolves.not.toMatch(/près de/);
    await page
      .getByText(
        'Nous n’avons pas situé « 12 rue Gambetta Cherbourg » : choisissez une commune ou une adresse proposée.',
      )
      .waitFor();
    await context.close();
  });

  it('handles a refused location and uses a granted one', async () => {
    const refused = await openPage(browser, platform.url, { permissions: [] });
    await refused.page.goto('/');
    await refused.page.getByRole('button', { name: 'Autour de moi' }).click();
    await refused.page.getByText(/Position refusée ou indisponible/).waitFor();
    await refused.context.close();

    const granted = await openPage(browser, platform.url, { permissions: ['geolocation'], geolocation: VALOGNES });
    await granted.page.goto('/');
    await granted.page.getByRole('button', { name: 'Autour de moi' }).click();
    await granted.page.getByText('Position trouvée').waitFor();
    await granted.page.getByRole('link', { name: 'Déposer des encombrants' }).click();
    await granted.page.waitForURL(/me=1/);
    const names = await resultNames(granted.page);
    expect(names[0]).toBe('Déchèterie de Valognes');
    await expect(granted.page.locator('.results-summary').innerText()).resolves.toMatch(/autour de vous/);
    await granted.context.close();
  });

  it('explains a network failure and recovers on retry', async () => {
    const { context, page } = await openPage(browser, platform.url);
    let failures = 0;
    await page.route('**/graphql', (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('SearchPlaces') && failures === 0) {
        failures += 1;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    // A results page opened directly comes with its first results (prerendered by the server): the app
    // asks the API itself when the resident searches from the home page.
    await page.goto('/');
    await pickSuggestion(page, 'Quel objet ?', 'canapé', /^Meuble/);
    await pickSuggestion(page, 'Où ?', 'Cherbourg-Oct', /^Cherbourg-Octeville/);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('alert').getByText('Le service ne répond pas').waitFor();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages: [string, string, string][] = [
    ['home', '/', 'h1'],
    ['results', '/recherche?action=drop_off&sub=meuble&where=Valognes', '.result-list'],
    [
      'results on a phone (map view)',
      '/recherche?action=drop_off&sub=meuble&where=Valognes&view=map',
      '.results-map-panel',
    ],
    ['place', '/lieu/emmaus-cotentin', '.place'],
    ['report', '/lieu/emmaus-cotentin/signaler', '.suggestion-form'],
    ['suggest a place', '/proposer-un-lieu', '.suggestion-form'],
    ['widget configurator', '/partenaires/widget', '.configurator-form'],
    ['staff sign-in', '/admin', '.admin-login'],
  ];
  it.each(pages)('%s page has no serious or critical violations', async (name, path, ready) => {
    const phone = name.includes('phone');
    const { context, page } = await openPage(
      browser,
      platform.url,
      phone ? { viewport: { width: 390, height: 844 } } : {},
    );
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
