import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';

// The printable commune guide as residents reach it: the link on a place page and on a commune's agenda,
// and the PDF it opens, against the real platform (API + demo data + built app). Build the app first:
// `pnpm --filter @reemploi/web build` (REEMPLOI_WEB_DIST points the platform at another build).
jest.setTimeout(90_000);

type ReadPdf = (pdf: Buffer) => Promise<{ text: string; pages: number }>;
const { readPdf } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../../services/api/test/pdf') as { readPdf: ReadPdf };

const PUBLIC_URL = 'https://reemploi.example';
let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  const webDist = process.env.REEMPLOI_WEB_DIST;
  [platform, browser] = await Promise.all([
    startPlatform({
      seedDemo: true,
      env: { REEMPLOI_PUBLIC_URL: PUBLIC_URL, ...(webDist ? { REEMPLOI_WEB_DIST: webDist } : {}) },
    }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('printable commune guide', () => {
  it('opens the one-page guide of the place’s commune from its page and from the commune’s agenda', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/lieu/emmaus-cotentin');
    const link = page.getByRole('link', { name: 'Imprimer le guide de Cherbourg-en-Cotentin' });
    await link.waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    const href = await link.getAttribute('href');
    expect(href).toBe('/guide/50129.pdf');

    const answer = await context.request.get(href!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    const pdf = await readPdf(await answer.body());
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Réemploi à Cherbourg-en-Cotentin');
    expect(text).toContain('Déchèteries les plus proches');
    expect(text.replace(/ /g, '')).toContain(`${PUBLIC_URL}/recherche?where=Cherbourg-en-Cotentin`);

    await page.goto('/agenda/50129');
    await expect(page.getByRole('link', { name: /^Imprimer le guide de / }).getAttribute('href')).resolves.toBe(
      '/guide/50129.pdf',
    );
    await context.close();
  });
});
