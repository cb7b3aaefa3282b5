import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  launchBrowser,
  openPage,
  seriousViolations,
  startPartnerSite,
  startPlatform,
  type PartnerSite,
  type Platform,
} from './support';

// Partners' pages: the framed map (/embed/carte through /embed/carte.js) on another origin, and the
// configurator whose snippet must render the real widget. Needs the web app built; builds apps/embed.
jest.setTimeout(90_000);

type BuildEmbed = (dir: string) => Promise<unknown>;
const buildEmbed: BuildEmbed = (dir) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../embed/scripts/build-embed') as { buildEmbed: BuildEmbed }).buildEmbed(dir);

let platform: Platform;
let browser: Browser;
let site: PartnerSite;

beforeAll(async () => {
  await buildEmbed(path.join(__dirname, '..', '..', 'embed'));
  [platform, browser, site] = await Promise.all([
    startPlatform({ seedDemo: true }),
    launchBrowser(),
    startPartnerSite(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await platform?.stop();
});

async function carteFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[src*="/embed/carte"]');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('.result-list');
  return frame;
}

/** Height of the iframe element on the partner page vs the height the framed page's content needs. */
async function heights(page: Page, frame: Frame) {
  const outer = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
  const inner = await frame.$eval('.embed-root', (el) => Math.ceil(el.getBoundingClientRect().height));
  return { outer, inner };
}

/** Waits until the iframe on the partner page is as tall as the framed content (clamped like the loader). */
async function inSync(page: Page, frame: Frame) {
  let h = await heights(page, frame);
  for (let i = 0; i < 50 && Math.abs(h.outer - Math.min(4000, Math.max(240, h.inner))) > 2; i++) {
    await page.waitForTimeout(100);
    h = await heights(page, frame);
  }
  expect(Math.abs(h.outer - Math.min(4000, Math.max(240, h.inner)))).toBeLessThanOrEqual(2);
  return h;
}

describe('the framed map on a partner site', () => {
  it('keeps the iframe as tall as its content, without a resize loop, and opens places in a new tab', async () => {
    const { context, page, offsite, errors } = await openPage(
      browser,
      site.origin,
      { viewport: { width: 1280, height: 800 } },
      [platform.url],
    );
    await page.addInitScript(() => {
      (window as unknown as { heightMessages: number }).heightMessages = 0;
      window.addEventListener('message', (e) => {
        if ((e.data as { type?: string })?.type === 'reemploi:height')
          (window as unknown as { heightMessages: number }).heightMessages += 1;
      });
    });
    await page.goto(
      site.page(
        '/carte',
        `<script src="${platform.url}/embed/carte.js?action=drop_off&sub=meuble&where=Valognes&r=25" async></script>`,
      ),
    );
    const frame = await carteFrame(page);
    // No site chrome in the frame, and the search came from the loader's query string.
    expect(await frame.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await frame.locator('.result-name').first().innerText()).toMatch(/^Déchèterie de Valognes/);

    let h = await inSync(page, frame);
    expect(h.outer).toBeGreaterThan(480); // taller than the loader's default: the posted height was applied

    // Opening the filters makes the content taller: the iframe follows.
    const before = h.inner;
    await frame.getByRole('button', { name: 'Filtres' }).click();
    await frame.waitForFunction(
      (old) => document.querySelector('.embed-root')!.getBoundingClientRect().height > old + 50,
      before,
    );
    h = await inSync(page, frame);
    expect(h.outer).toBeGreaterThan(before);

    // Settled: no more messages (no resize → post → resize loop).
    await page.waitForTimeout(300);
    const settled = await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages);
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages)).toBe(settled);

    // Place links open the full app in a new tab.
    const link = frame.locator('.result-name a').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${platform.url}/lieu/[a-z0-9-]+$`));
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await popup.getByRole('heading', { level: 1, name: 'Déchèterie de Valognes' }).waitFor();
    expect(await popup.locator('.site-header').count()).toBe(1);

    expect(await seriousViolations(page)).toEqual([]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is served frameable by any site, unlike the rest of the app', async () => {
    const framed = await fetch(`${platform.url}/embed/carte?action=donate`);
    expect(framed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(framed.headers.get('x-frame-options')).toBeNull();
    const home = await fetch(`${platform.url}/recherche`);
    expect(home.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
  });
});

describe('the widget configurator', () => {
  it('produces a snippet that renders the widget on a partner page, and announces the copy', async () => {
    const { context, page, errors } = await openPage(browser, platform.url, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto('/');
    await page.getByRole('link', { name: /intégrer Réemploi à votre site/ }).click();
    await page.waitForURL(/\/partenaires\/widget/);
    await page.getByRole('heading', { level: 1, name: 'Intégrer Réemploi à votre site' }).waitFor();

    await page.getByRole('checkbox', { name: 'Donner' }).check();
    const objects = page.getByRole('combobox', { name: 'Objets' });
    await objects.fill('canapé');
    await page
      .getByRole('option', { name: /^Meuble/ })
      .first()
      .click();
    await page.getByRole('list', { name: 'Objets' }).getByText('Meuble').waitFor();
    await page.getByRole('radio', { name: 'Autour d’un point' }).check();
    await page.getByRole('combobox', { name: 'Centrer sur une commune' }).fill('Équeurd');
    await page.getByRole('option', { name: /^Équeurdreville/ }).click();
    await expect(page.getByLabel('Latitude').inputValue()).resolves.toBe('49.6486');
    await page.getByLabel('Rayon (km)').selectOption('15');
    await page.getByLabel('Nombre de lieux affichés').fill('3');

    // The preview is the real widget, loaded from /embed.js.
    const preview = page.locator('.widget-preview reemploi-places');
    await page.waitForFunction(() => {
      const el = document.querySelector('.widget-preview reemploi-places');
      return el?.getAttribute('limit') === '3' && el.getAttribute('aria-busy') === 'false';
    });
    await expect(preview.locator('li a').first().textContent()).resolves.toBe('Emmaüs Cotentin');

    const code = await page.getByLabel('Code HTML à intégrer').inputValue();
    expect(code).toContain(`<script src="${platform.url}/embed.js" async></script>`);
    expect(code).toMatch(/action="DONATE"[\s\S]*objects="meuble"[\s\S]*near="49.6486,-1.6561"[\s\S]*radius-km="15"/);
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await page.getByRole('status').filter({ hasText: 'Code copié dans le presse-papiers.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await seriousViolations(page)).toEqual([]);

    // The iframe option gives the loader's script tag.
    await page.getByRole('radio', { name: 'Carte complète (iframe)' }).check();
    const carte = await page.getByLabel('Code HTML à intégrer').inputValue();
    expect(carte).toMatch(
      new RegExp(`^<script src="${platform.url}/embed/carte\\.js\\?action=donate&amp;sub=meuble&amp;lat=`),
    );
    expect(errors).toEqual([]);
    await context.close();

    // Pasted into a partner's page on another origin, the snippet renders the same places.
    const partner = await openPage(browser, site.origin, {}, [platform.url]);
    await partner.page.goto(site.page('/widget', code));
    await partner.page.waitForSelector('reemploi-places[aria-busy="false"]');
    await expect(partner.page.locator('reemploi-places li a').first().textContent()).resolves.toBe('Emmaüs Cotentin');
    expect(await partner.page.locator('reemploi-places li').count()).toBeLessThanOrEqual(3);
    await partner.context.close();
  });
});
