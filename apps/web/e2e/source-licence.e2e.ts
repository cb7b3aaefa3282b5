import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';

// An administrator accepts the licence of a dataset that is not open (EcoDDS's collection points, served by a
// loopback data-fair from the API tests' fixture) in « Sources et planification »: a title that is not the
// dataset's exact one is refused with that title; the exact one is saved.
jest.setTimeout(90_000);

const FIXTURE = join(__dirname, '..', '..', '..', 'services', 'api', 'test', 'fixtures', 'federation');
const ECODDS = JSON.parse(readFileSync(join(FIXTURE, 'datafair-donnees-eo-ecodds.json'), 'utf8')) as {
  dataset: { license: { title: string } };
};
const CLOSED = ECODDS.dataset.license.title;

let platform: Platform;
let browser: Browser;
let dataFair: Server;
let dataFairUrl = '';

beforeAll(async () => {
  dataFair = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (path === '/data-fair/api/v1/datasets/donnees-eo-ecodds') return void res.end(JSON.stringify(ECODDS.dataset));
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => dataFair.listen(0, '127.0.0.1', resolve));
  dataFairUrl = `http://127.0.0.1:${(dataFair.address() as AddressInfo).port}`;
  [platform, browser] = await Promise.all([
    startPlatform({
      seedDemo: false,
      env: {
        REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN,
        REEMPLOI_SCHEDULER_TICK_MS: '0',
        REEMPLOI_IMPORT_ALLOWED_HOSTS: '*, 127.0.0.1',
      },
    }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await new Promise<void>((resolve) => dataFair?.close(() => resolve()));
});

it('lets an administrator accept a dataset’s licence by its exact title, refusing any other text with that title', async () => {
  await adminApi(
    platform.url,
    'mutation($input: SourceInput!) { createSource(input: $input) { problems { field message } } }',
    {
      input: {
        name: 'EcoDDS (test)',
        format: 'ECO_ORGANISMES',
        url: `${dataFairUrl}/data-fair/api/v1/datasets/donnees-eo-ecodds/lines`,
      },
    },
  );
  const email = 'licences@example.org';
  const password = await staffAccount(platform.url, { email, role: 'ADMIN' });
  const { context, page, errors, offsite } = await openPage(browser, platform.url, {
    viewport: { width: 1280, height: 900 },
  });
  await signIn(page, email, password);
  await page.getByRole('navigation', { name: 'Espace équipe' }).getByRole('link', { name: 'Imports' }).click();
  await page.getByRole('heading', { name: 'Licences acceptées' }).waitFor();

  const field = page.getByRole('textbox', { name: 'Licence acceptée — EcoDDS (test)' });
  await field.fill('Licence fermée');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(`Ce n’est pas le titre de la licence du jeu de données, qui est « ${CLOSED} »`).waitFor();

  await field.fill(CLOSED);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
  const { sources } = await adminApi<{ sources: { name: string; options: unknown }[] }>(
    platform.url,
    '{ sources { name options } }',
  );
  expect(sources.find((s) => s.name === 'EcoDDS (test)')!.options).toEqual({ acceptedLicence: CLOSED });
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
  await context.close();
});
