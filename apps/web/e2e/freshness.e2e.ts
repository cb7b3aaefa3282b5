import type { Browser } from 'playwright-core';
import { eventually } from '../../../services/api/test/eventually';
import { launchBrowser, openPage, startPlatform, type Platform } from './support';

// « À vérifier » on the place page, against the real platform (API + demo data + built app). Build the
// app first: `pnpm --filter @reemploi/web build`.
jest.setTimeout(90_000);

type MarkUnconfirmed = (slug: string, days: number) => Promise<void>;
const { markUnconfirmedSince } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../../services/api/test/stale-place') as { markUnconfirmedSince: MarkUnconfirmed };

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform({ seedDemo: true }), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('freshness on the place page', () => {
  it('says when the listing was confirmed, and « À vérifier » once nobody confirmed it for a year', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/lieu/emmaus-cotentin');
    await page.getByRole('heading', { level: 1, name: 'Emmaüs Cotentin' }).waitFor();
    await page.getByText(/^Informations confirmées le .* par la source/).waitFor();
    await expect(page.getByText('À vérifier', { exact: true }).count()).resolves.toBe(0);

    await markUnconfirmedSince('emmaus-cotentin', 400);
    // The platform's directory polls every 500 ms: reload until the page says it.
    await eventually(async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Emmaüs Cotentin' }).waitFor();
      expect(await page.getByText('À vérifier', { exact: true }).count()).toBe(1);
    }, 30_000);
    await page.getByText(/appelez avant de vous déplacer/).waitFor();
    await context.close();
  });
});
