import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '@reemploi/embedded-db';
import { startPlatform, type TestPlatform } from '../../../services/api/test/platform';
import { ApiKeyService } from '../../../services/api/src/modules/partners/api-key.service';
import { EMBED_BUDGET_BYTES, buildEmbed, type BuiltFile } from '../scripts/build-embed';
import { CHROMIUM_ARGS, startPartnerSite, type PartnerSite } from './partner-page';

const EQUEURDREVILLE = '49.6486,-1.6561';

describe('the <reemploi-places> widget on a partner page from another origin', () => {
  let platform: TestPlatform;
  let site: PartnerSite;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let built: BuiltFile[];
  const keys = { allowed: '', elsewhere: '' };

  beforeAll(async () => {
    built = await buildEmbed(path.join(repoRoot(), 'apps', 'embed'));
    platform = await startPlatform({ env: { REEMPLOI_APIKEY_REFRESH_MS: '1000' } });
    site = await startPartnerSite();
    const service = new ApiKeyService({ defaultRatePerMinute: 600 });
    for (const [name, origin] of [
      ['allowed', site.origin],
      ['elsewhere', 'https://other-commune.example'],
    ] as const) {
      const created = await service.create({ name, origins: [origin] });
      if (!created.ok) throw new Error('key not created');
      keys[name] = created.secret;
    }
    // Wait for the platform's key cache refresh (every second here) to know both keys.
    for (let i = 0; i < 50; i += 1) {
      const res = await fetch(`${platform.url}/graphql?query=%7BapiInfo%7Bversion%7D%7D`, {
        headers: { 'X-Api-Key': keys.elsewhere },
      });
      if (res.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await platform?.stop();
  });

  const widget = (attributes: string) =>
    `<script src="${platform.url}/embed.js" async></script><reemploi-places ${attributes}></reemploi-places>`;
  const loaded = (p: Page) => p.waitForSelector('reemploi-places[aria-busy="false"]');

  it('lists the expected places for a donation near a point, nearest first, with a link to the map', async () => {
    await page.goto(
      site.page(
        '/donner',
        widget(`action="DONATE" objects="meuble" near="${EQUEURDREVILLE}" radius-km="15" limit="3" lang="fr"`),
      ),
    );
    await loaded(page);
    const names = await page.locator('reemploi-places li a').first().textContent();
    expect(names).toBe('Emmaüs Cotentin');
    expect(await page.locator('reemploi-places li').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('reemploi-places [role="status"]').textContent()).toMatch(/lieu/);
    const mapLink = await page.locator('reemploi-places a.m').getAttribute('href');
    expect(mapLink).toBe(`${platform.url}/recherche?action=DONATE&objects=meuble&lat=49.6486&lng=-1.6561&radius=15`);
  });

  it('lists the places of a commune in the compact layout, in English', async () => {
    await page.goto(site.page('/commune', widget('commune="Valognes" layout="compact" lang="en" limit="10"')));
    await loaded(page);
    const kinds = await page.locator('reemploi-places li .k').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(await page.locator('reemploi-places h2').textContent()).toBe('Reuse places near you');
    const addresses = await page.locator('reemploi-places li .d').allTextContents();
    for (const address of addresses) expect(address).toMatch(/Valognes/);
  });

  it('uses a key from the origin it allows, and refuses it from another origin', async () => {
    const sent: (string | undefined)[] = [];
    page.on('request', (req) => req.url().includes('/graphql') && sent.push(req.headers()['x-api-key']));
    await page.goto(
      site.page('/cle', widget(`api-key="${keys.allowed}" action="DROP_OFF" near="49.5086,-1.4706" limit="2"`)),
    );
    await loaded(page);
    expect(await page.locator('reemploi-places li').count()).toBe(2);
    expect(sent).toContain(keys.allowed);

    const other = await browser.newPage();
    await other.goto(site.page('/mauvaise-cle', widget(`api-key="${keys.elsewhere}" action="DROP_OFF" limit="2"`)));
    await loaded(other);
    expect(await other.locator('reemploi-places li').count()).toBe(0);
    expect(await other.locator('reemploi-places [data-error]').getAttribute('data-error')).toMatch(
      /may not be used from/,
    );
    await other.close();
  });

  it('passes an axe accessibility scan and is reachable with the keyboard', async () => {
    await page.goto(
      site.page(
        '/a11y',
        widget(`action="DONATE" objects="meuble" near="${EQUEURDREVILLE}" limit="4"`) +
          widget('commune="Valognes" theme="dark" layout="compact" heading-level="3"'),
      ),
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll('reemploi-places')].every((w) => w.getAttribute('aria-busy') === 'false'),
    );
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? null);
    expect(focused).toBe('Emmaüs Cotentin');
  });

  it('loads nothing but the API, and stays within its size budget', async () => {
    const origins = new Set<string>();
    page.on('request', (req) => origins.add(new URL(req.url()).origin));
    await page.goto(site.page('/requetes', widget(`action="REPAIR" near="${EQUEURDREVILLE}"`)));
    await loaded(page);
    expect([...origins].sort()).toEqual([platform.url.replace('localhost', '127.0.0.1'), site.origin].sort());
    const embed = built.find((f) => f.file === 'dist/embed.js')!;
    expect(embed.gzipBytes).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
    const res = await fetch(`${platform.url}/embed.js`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/max-age=300/);
  });

  it('mounts the map iframe from /embed/carte.js and follows only its own height messages', async () => {
    await page.goto(
      site.page(
        '/carte',
        `<div data-reemploi-carte="action=DONATE&objects=meuble"></div><script src="${platform.url}/embed/carte.js" async></script>`,
      ),
    );
    const iframe = page.locator('[data-reemploi-carte] iframe');
    await iframe.waitFor();
    expect(await iframe.getAttribute('src')).toBe(
      `${platform.url.replace('localhost', '127.0.0.1')}/embed/carte?action=DONATE&objects=meuble`,
    );
    expect(await iframe.getAttribute('title')).toMatch(/Carte des lieux du réemploi/);
    expect(await iframe.getAttribute('allow')).toBe('geolocation');
    const frame = await (await iframe.elementHandle())!.contentFrame();
    await frame!.waitForLoadState('networkidle');
    // A message from the partner page itself (not from the iframe) is ignored. The framed page keeps
    // reporting its own height while it lays out, so record every height the iframe takes meanwhile.
    await iframe.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { heightsSeen: string[] }).heightsSeen = seen;
      new MutationObserver(() => seen.push((el as HTMLIFrameElement).style.height)).observe(el, {
        attributes: true,
        attributeFilter: ['style'],
      });
    });
    await page.evaluate(() => window.postMessage({ type: 'reemploi:height', height: 313 }, '*'));
    await page.waitForTimeout(200);
    const heightsSeen = await page.evaluate(() => (window as unknown as { heightsSeen: string[] }).heightsSeen);
    expect(heightsSeen).not.toContain('313px');
    expect(await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).not.toBe('313px');
    // The framed page's own messages set the height (the real /embed/carte page sends them too).
    await frame!.evaluate(() => window.parent.postMessage({ type: 'reemploi:height', height: 777 }, '*'));
    await page.waitForFunction(
      () => document.querySelector<HTMLIFrameElement>('[data-reemploi-carte] iframe')!.style.height === '777px',
    );
  });
});
