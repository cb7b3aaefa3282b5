import type { Browser } from 'playwright-core';
import { eventually } from '../../../services/api/test/eventually';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';
import { ADMIN_TOKEN, signIn, staffAccount } from './staff-support';

// A closure typed once in the back-office, on every déchèterie, seen by residents on the place page and
// the results, against the real platform (API + demo data + built app). Build the app first:
// `pnpm --filter @reemploi/web build`.
jest.setTimeout(120_000);

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

const day = (offset: number) => {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('closures and notices', () => {
  it('closes every déchèterie from the back-office, and residents read it on the place page and the results', async () => {
    const password = await staffAccount(platform.url, { email: 'syndicat@example.org', role: 'ADMIN' });
    const staff = await openPage(browser, platform.url);
    await signIn(staff.page, 'syndicat@example.org', password);
    await staff.page.getByRole('link', { name: 'Avis et fermetures' }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Avis sur plusieurs lieux à la fois' }).waitFor();
    await staff.page.getByRole('checkbox', { name: /^Déchèterie/ }).waitFor();
    expect(await staff.page.getByRole('checkbox', { name: /^Déchèterie/ }).isChecked()).toBe(true);
    await staff.page.getByLabel(/^Du/).fill(day(0));
    await staff.page.getByLabel(/^Au \(inclus\)/).fill(day(1));
    await staff.page.getByLabel(/^Motif, montré aux usagers/).fill('grève');
    expect(await seriousViolations(staff.page)).toEqual([]);
    await staff.page.getByRole('button', { name: 'Ajouter l’avis' }).click();
    const status = staff.page.getByRole('status').filter({ hasText: /Avis ajouté à \d+ lieux/ });
    await status.getByText('Déchèterie du Becquet').waitFor();
    await staff.context.close();

    const resident = await openPage(browser, platform.url);
    const closed = /^Fermé exceptionnellement du .+ au .+ \(grève\)$/;
    await eventually(async () => {
      await resident.page.goto('/lieu/decheterie-du-becquet');
      await resident.page.getByRole('heading', { level: 1, name: 'Déchèterie du Becquet' }).waitFor();
      expect(await resident.page.getByText(closed).count()).toBe(1);
    }, 30_000);
    expect(await resident.page.getByText('Ouvert', { exact: true }).count()).toBe(0);
    expect(await seriousViolations(resident.page)).toEqual([]);
    await resident.page.goto('/recherche?q=D%C3%A9ch%C3%A8terie%20du%20Becquet');
    await resident.page
      .getByText(/^Fermé exceptionnellement jusqu’au .+ \(grève\)$/)
      .first()
      .waitFor();
    await resident.context.close();
  });
});
