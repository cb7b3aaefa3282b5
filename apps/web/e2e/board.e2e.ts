import type { Browser, Locator } from 'playwright-core';
import { ADMIN_TOKEN, adminApi, signIn, staffAccount } from './staff-support';
import { launchBrowser, openPage, seriousViolations, startPlatform, type Platform } from './support';

// The resource board between structures (/professionnels/bourse), against the real platform: what the
// public reads (offers, no contact), then a structure posting by keyboard, refused and then published,
// and closing its post. Build the app first.
jest.setTimeout(90_000);

let platform: Platform;
let browser: Browser;
let giver: { id: string; name: string };
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWMwXlWOFTEMpAQAoiQ/wZE/9iIAAAAASUVORK5CYII=',
  'base64',
);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
const POST =
  'mutation($input: BoardPostInput!, $org: ID) { createBoardPost(input: $input, organizationId: $org) { id } }';

async function createStructure(name: string, email: string) {
  // No GraphQL creates organisations yet: the platform runs in this process, so its model does.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OrganizationModel } = require('../../../services/api/src/modules/organizations/organization.model') as {
    OrganizationModel: { create(doc: object): Promise<{ _id: { toString(): string } }> };
  };
  const id = (await OrganizationModel.create({ name, kind: 'STRUCTURE', profile: { email } }))._id.toString();
  return { id, name };
}

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startPlatform({ seedDemo: true, env: { REEMPLOI_ADMIN_TOKEN: ADMIN_TOKEN } }),
    launchBrowser(),
  ]);
  giver = await createStructure('Ressourcerie des Pieux', 'contact@pieux.example');
  await adminApi(platform.url, POST, {
    org: giver.id,
    input: {
      kind: 'OFFER',
      type: 'EQUIPMENT',
      title: 'Camion 20 m³ disponible le mardi',
      availability: 'le mardi',
      pickupCommune: 'Les Pieux',
      expiresAt: inDays(20),
    },
  });
  await adminApi(platform.url, POST, {
    org: giver.id,
    input: {
      kind: 'NEED',
      type: 'SPACE',
      title: 'Stockage pour l’hiver',
      pickupCommune: 'Les Pieux',
      expiresAt: inDays(20),
    },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('resource board', () => {
  it('shows the public the offers without their contact, filters by keyboard, without serious axe violations', async () => {
    const { context, page, offsite, errors } = await openPage(browser, platform.url);
    await page.goto('/professionnels/bourse');
    await page.getByRole('heading', { level: 1, name: 'Bourse aux ressources entre structures' }).waitFor();
    await page.getByRole('heading', { name: 'Offre · Camion 20 m³ disponible le mardi' }).waitFor();
    await expect(page.getByText('Stockage pour l’hiver').count()).resolves.toBe(0); // needs: structures only
    await expect(page.getByText('contact@pieux.example').count()).resolves.toBe(0);
    await page.getByText('Contact visible des structures connectées.').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Commune de retrait').focus();
    await page.keyboard.type('Valognes');
    await page.keyboard.press('Enter');
    await page.waitForURL(/commune=Valognes/);
    await page.getByRole('status').getByText('Aucune annonce ne correspond.').waitFor();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a structure post by keyboard (a negative quantity refused, nothing stored), see contacts, and close its post', async () => {
    const mine = await createStructure('Recyclerie de Valognes', 'contact@valognes.example');
    const email = 'structure@valognes.example';
    const password = await staffAccount(platform.url, { email, role: 'STRUCTURE', organizationId: mine.id });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto('/professionnels/bourse');
    // Signed in: the needs and the contacts show.
    await page.getByRole('heading', { name: 'Besoin · Stockage pour l’hiver' }).waitFor();
    await page.getByRole('link', { name: 'contact@pieux.example' }).first().waitFor();
    const form = page.getByRole('region', { name: 'Publier une annonce' });
    await form.getByLabel('Type de matériau').locator('option').nth(1).waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Titre').focus();
    await page.keyboard.type('Chaises de bureau');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lot de chaises en bon état');
    await form.getByLabel('Type de matériau').selectOption({ label: await firstSubCategoryLabel(form) });
    await form.getByLabel('Quantité').fill('-4');
    await form.getByLabel('Commune de retrait').fill('Valognes');
    await form.locator('input[type=file]').setInputFiles({ name: 'chaises.png', mimeType: 'image/png', buffer: PNG });
    await form.getByLabel('Commune de retrait').press('Enter');
    await form.getByRole('alert').getByText('La quantité doit être supérieure à 0.').waitFor();
    const stored = await adminApi<{ boardPosts: { totalCount: number } }>(
      platform.url,
      'query($org: ID!) { boardPosts(filter: { organizationId: $org }) { totalCount } }',
      { org: mine.id },
    );
    expect(stored.boardPosts.totalCount).toBe(0);

    await form.getByLabel('Quantité').fill('12');
    await form.getByLabel('Quantité').press('Enter');
    await form.getByRole('status').getByText('Annonce publiée.').waitFor();
    await page.getByRole('heading', { name: 'Offre · Chaises de bureau' }).waitFor();
    await page.getByRole('img', { name: 'Photo 1 : Chaises de bureau' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const close = page.getByRole('button', { name: 'Clôturer « Chaises de bureau »' });
    await close.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Nos annonces' })
      .getByText(/Chaises de bureau — clôturée/)
      .waitFor();
    await page.getByRole('heading', { name: 'Offre · Chaises de bureau' }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a moderator hide a post with a reason by keyboard (it leaves the public board at once) and restore it', async () => {
    const title = 'Palettes – promo -50 % chez notre partenaire';
    const { createBoardPost } = await adminApi<{ createBoardPost: { id: string } }>(platform.url, POST, {
      org: giver.id,
      input: { kind: 'OFFER', type: 'EQUIPMENT', title, pickupCommune: 'Les Pieux', expiresAt: inDays(10) },
    });
    expect(await publicBoard()).toContain(createBoardPost.id);
    const email = 'moderatrice@reemploi.example';
    const password = await staffAccount(platform.url, { email, role: 'MODERATOR' });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto('/professionnels/bourse');
    await page.getByRole('heading', { name: `Offre · ${title}` }).waitFor();
    await page
      .getByRole('region', { name: 'Modération : annonces masquées' })
      .getByText('Aucune annonce masquée.')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Masquer « ${title} »` }).focus();
    await page.keyboard.press('Enter');
    const reason = page.getByLabel('Raison du masquage (la structure la verra)');
    await page.waitForFunction((el) => el === document.activeElement, await reason.elementHandle());
    // Without a reason nothing is sent.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Donnez la raison du masquage.').waitFor();
    await reason.focus();
    await page.keyboard.type('Annonce commerciale');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`« ${title} » est masquée : elle a quitté la bourse.`).waitFor();
    await page.getByRole('heading', { name: `Offre · ${title}` }).waitFor({ state: 'detached' });
    const said = page.getByRole('status').filter({ hasText: 'est masquée' });
    await page.waitForFunction((el) => el === document.activeElement, await said.elementHandle());

    // The public board no longer has it, at once (read just before, so no cached answer hides a delay).
    expect(await publicBoard()).not.toContain(createBoardPost.id);
    const { boardPost } = await adminApi<{ boardPost: { status: string; hiddenReason: string } }>(
      platform.url,
      'query($id: ID!) { boardPost(id: $id) { status hiddenReason } }',
      { id: createBoardPost.id },
    );
    expect(boardPost).toEqual({ status: 'HIDDEN', hiddenReason: 'Annonce commerciale' });

    const moderation = page.getByRole('region', { name: 'Modération : annonces masquées' });
    await moderation.getByText(`Offre · ${title} — Ressourcerie des Pieux (raison : Annonce commerciale)`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await moderation.getByRole('button', { name: `Remettre en ligne « ${title} »` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`« ${title} » est de nouveau en ligne.`).waitFor();
    await page.getByRole('heading', { name: `Offre · ${title}` }).waitFor();
    await moderation.getByText('Aucune annonce masquée.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a structure account no moderation control, and the API refuses it hiding a post', async () => {
    const own = await createStructure('Atelier vélo de Tourlaville', 'contact@velo.example');
    const email = 'structure@velo.example';
    const password = await staffAccount(platform.url, { email, role: 'STRUCTURE', organizationId: own.id });
    const { context, page, errors } = await openPage(browser, platform.url);
    await signIn(page, email, password);
    await page.goto('/professionnels/bourse');
    const van = page.getByRole('heading', { name: 'Offre · Camion 20 m³ disponible le mardi' });
    await van.waitFor();
    await page.getByRole('region', { name: 'Nos annonces' }).waitFor();
    await expect(page.getByRole('button', { name: /^Masquer/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Modération : annonces masquées' }).count()).resolves.toBe(0);

    const id = (await van.locator('xpath=..').getAttribute('id'))!.replace('annonce-', '');
    const refused = await page.evaluate(async (postId) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({
          query: 'mutation($id: ID!) { hideBoardPost(id: $id, reason: "Concurrence") { id } }',
          variables: { id: postId },
        }),
      });
      return (await res.json()) as { errors?: { extensions: { code: string; reason?: string } }[] };
    }, id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const { boardPost } = await adminApi<{ boardPost: { status: string } }>(
      platform.url,
      'query($id: ID!) { boardPost(id: $id) { status } }',
      { id },
    );
    expect(boardPost.status).toBe('OPEN');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The ids on the board as an anonymous visitor reads it. */
async function publicBoard() {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ boardPosts { nodes { id } } }' }),
  });
  const body = (await res.json()) as { data: { boardPosts: { nodes: { id: string }[] } } };
  return body.data.boardPosts.nodes.map((n) => n.id);
}

/** The label of the first sub-category the form offers (the taxonomy's wording, not repeated here). */
async function firstSubCategoryLabel(form: Locator) {
  return (await form.getByLabel('Type de matériau').locator('option').nth(1).innerText()).trim();
}
