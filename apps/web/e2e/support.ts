import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** The platform contract (services/api/test/platform.ts), typed here so the web typecheck stays independent. */
export interface Platform {
  url: string;
  stop(): Promise<void>;
}
type StartPlatform = (options?: { seedDemo?: boolean; env?: Record<string, string> }) => Promise<Platform>;

export const startPlatform: StartPlatform = (options) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../../services/api/test/platform') as { startPlatform: StartPlatform }).startPlatform(options);

/** Debian's chromium, headless, no background traffic; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A page that fails the test on any request leaving the platform (basemap, geocoder, fonts…);
 * `alsoAllowed` lists other local origins the test serves itself (a partner's site).
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
  alsoAllowed: string[] = [],
) {
  const allowed = new Set([new URL(baseUrl).origin, ...alsoAllowed.map((u) => new URL(u).origin)]);
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    baseURL: baseUrl,
    ...options,
  });
  const offsite: string[] = [];
  await context.route(
    (url) => !allowed.has(url.origin) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'),
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, offsite, errors };
}

/** axe-core (WCAG 2.1 A/AA rules) on the current page: the serious and critical violations. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}

export const VALOGNES = { latitude: 49.5089, longitude: -1.4703 };

// A partner's website stand-in (plain pages on their own origin), shared with the widget's browser tests.
export { startPartnerSite, type PartnerSite } from '../../embed/e2e/partner-page';
