import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';

// The agenda as residents meet it: a commune's agenda page, a place page's next events, the strip above
// search results and the calendar feed link, against the real platform. Build the app first.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;
let place: { id: string; slug: string; name: string };

/** A local Paris date-time `days` from now at `hour`:00 (the events are always in the next weeks). */
function localIn(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
  const { places } = await adminApi<{ places: { edges: { node: { id: string; slug: string; name: string } }[] } }>(
    platform.url,
    `{ places(near: { lat: 49.6394, lng: -1.6164 }, radiusKm: 3, first: 1) { edges { node { id slug name } } } }`,
  );
  place = places.edges[0]!.node;
  await adminApi(platform.url, 'mutation ($input: EventInput!) { createEvent(input: $input) { id } }', {
    input: {
      title: 'Repair café de la Saint-Nicolas',
      kind: 'REPAIR_CAFE',
      startsAt: localIn(3, 14),
      endsAt: localIn(3, 17),
      recurrence: 'FREQ=WEEKLY;COUNT=3',
      capacity: 12,
      bookingUrl: 'https://example.fr/reserver',
      actions: ['REPAIR'],
      placeId: place.id,
    },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('agenda', () => {
  it('lists a commune’s next events by day, with booking and a subscribable feed, without serious axe violations', async () => {
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await page.goto('/agenda/cherbourg-en-cotentin');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Agenda du réemploi — Cherbourg-en-Cotentin',
    );
    await page.getByText('Repair café de la Saint-Nicolas').first().waitFor();
    await expect(page.getByRole('heading', { level: 2 }).count()).resolves.toBe(3); // one per day
    await expect(page.getByRole('link', { name: 'Réserver : Repair café de la Saint-Nicolas' }).count()).resolves.toBe(
      3,
    );
    await expect(page.getByRole('link', { name: place.name }).count()).resolves.toBe(3);
    expect(await seriousViolations(page)).toEqual([]);

    const feed = await page.getByRole('link', { name: /S’abonner à cet agenda/ }).getAttribute('href');
    const response = await fetch(new URL(feed!, platform.url));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toContain('SUMMARY:Repair café de la Saint-Nicolas');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in English too', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto('/agenda/cherbourg-en-cotentin?lang=en');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Reuse agenda — Cherbourg-en-Cotentin',
    );
    await page.getByRole('link', { name: 'Book: Repair café de la Saint-Nicolas' }).first().waitFor();
    await context.close();
  });

  it('shows the next events on the place page and above results nearby', async () => {
    const { context, page } = await openPage(browser, platform.url);
    await page.goto(`/lieu/${place.slug}`);
    const section = page.getByRole('region', { name: 'Prochains événements' });
    await section.getByText('Repair café de la Saint-Nicolas').first().waitFor();
    await expect(section.getByRole('link', { name: /S’abonner aux événements de ce lieu/ }).count()).resolves.toBe(1);

    await page.goto('/recherche?lat=49.6394&lng=-1.6164');
    const strip = page.getByRole('complementary', { name: 'Prochains événements près d’ici' });
    await strip
      .getByText(/Repair café de la Saint-Nicolas/)
      .first()
      .waitFor();
    await context.close();
  });

  it('lets staff publish a monthly event from the back-office, edit it and cancel it; the agenda follows', async () => {
    const email = 'agenda-agent@example.org';
    const password = await staffAccount(platform.url, { email, role: 'ADMIN' });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.getByRole('link', { name: 'Événements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Événements' }).waitFor();
    await page.getByLabel('Titre').fill('Atelier vélo du mois');
    await page.getByLabel('Type').selectOption('WORKSHOP');
    await page.getByLabel('Lieu').selectOption({ label: place.name });
    await page.getByLabel('Début (heure de Paris)').fill(localIn(5, 10));
    await page.getByLabel('Fin (heure de Paris)').fill(localIn(5, 12));
    await page.getByLabel('Répétition').selectOption('MONTHLY');
    await page.getByLabel('Nombre de dates (avec la première)').fill('3');
    await page.getByLabel(/Lien de réservation/).fill('http://example.fr/reserver');
    await page.getByRole('button', { name: 'Publier' }).click();
    // Refused with the API's reason; nothing published.
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/https/);
    await page.getByLabel(/Lien de réservation/).fill('https://example.fr/reserver');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByRole('status').filter({ hasText: 'Événement publié.' }).waitFor();
    const agenda = await context.newPage();
    await agenda.goto('/agenda/cherbourg-en-cotentin');
    await agenda.getByText('Atelier vélo du mois').first().waitFor();

    // Edited in the same form: the same checks first, then saved; the agenda shows the new title.
    await page.getByRole('button', { name: 'Modifier « Atelier vélo du mois »' }).click();
    await page.getByRole('heading', { level: 2, name: 'Modifier « Atelier vélo du mois »' }).waitFor();
    await expect(page.getByLabel('Titre').inputValue()).resolves.toBe('Atelier vélo du mois');
    await page.getByLabel('Titre').fill('');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('alert').filter({ hasText: 'Corrigez les champs signalés.' }).waitFor();
    await page.getByText('Donnez un titre à l’événement.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Titre').fill('Atelier vélo (grande salle)');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').filter({ hasText: 'Événement modifié' }).waitFor();
    await agenda.reload();
    await agenda.getByText('Atelier vélo (grande salle)').first().waitFor();
    await expect(agenda.getByText('Atelier vélo du mois').count()).resolves.toBe(0);

    const cancel = page.getByRole('button', { name: 'Annuler « Atelier vélo (grande salle) »' });
    await cancel.click();
    await page.getByRole('status').filter({ hasText: 'Événement annulé' }).waitFor();
    await agenda.reload();
    await agenda.getByText('Repair café de la Saint-Nicolas').first().waitFor();
    await expect(agenda.getByText('Atelier vélo (grande salle)').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
