import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { useTestApp } from '../../../test/app';

/*
 * Results pages prerendered by the API (web-app.ts + apps/web/src/ssr/prerender.tsx). Needs the built
 * web app (`pnpm --filter @reemploi/web build`, which `pnpm test` runs first), like the browser tests.
 */
const webDist = path.resolve(__dirname, '../../../../../apps/web/dist');
const RESULTS = '/recherche?action=drop_off&sub=meuble&q=canap%C3%A9&where=Valognes&lat=49.5089&lng=-1.4703';

const STATE = /<script type="application\/json" id="reemploi-state">([^<]*)<\/script>/;
const scriptTags = (html: string) => html.match(/<script\b/gi)?.length ?? 0;

beforeAll(() => {
  if (!existsSync(path.join(webDist, '.ssr', 'prerender.cjs')))
    throw new Error('apps/web/dist/.ssr/prerender.cjs is missing: run `pnpm --filter @reemploi/web build` first.');
});

describe('results pages come with their first results', () => {
  const t = useTestApp();
  const plainIndex = () => readFileSync(path.join(webDist, 'index.html'), 'utf8');

  it('has the first page of results in the HTML, in the order the app shows them, with their data', async () => {
    const { data } = await t.gql<{ places: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `query($near: GeoPointInput) { places(filter: { actions: [DROP_OFF], subcategories: ["meuble"] }, near: $near, radiusKm: 10, first: 20) {
        totalCount edges { node { name } } } }`,
      { near: { lat: 49.5089, lng: -1.4703 } },
    );
    const names = data!.places.edges.map((e) => e.node.name);
    expect(names.length).toBeGreaterThan(0);

    const res = await request(t.app).get(RESULTS).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    const html = res.text;
    expect(html).toContain('<div id="root" data-prerendered>');
    expect(html).toContain('<h1 id="page-title" tabindex="-1">Lieux pour « canapé »</h1>');
    const list = html.slice(html.indexOf('class="result-list"'));
    const shown = names.map((name) => list.indexOf(escapeHtml(name)));
    expect(shown.every((at) => at > 0)).toBe(true);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(html).toContain(`${data!.places.totalCount} lieu`);
    // The language switch is there before any script runs, and the page's language is declared.
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('class="lang-switch" lang="en"');

    // Each query's result, with its variables, for the app's first render (apps/web/src/graphql/hooks.ts).
    const state = JSON.parse(STATE.exec(html)![1]!) as {
      results: { operation: string; variables: { filter?: { subcategories?: string[] } }; data: unknown }[];
    };
    const search = state.results.find((result) => result.operation === 'SearchPlaces');
    expect(search?.variables.filter?.subcategories).toEqual(['meuble']);
    expect(JSON.stringify(search?.data)).toContain(JSON.stringify(names[0]));
    // The labels of actions and kinds (the taxonomy query) too, so no label changes when the app takes over.
    expect(state.results.map((result) => result.operation)).toContain('Taxonomy');
    // The stylesheet comes inside the page (no request before the first paint); the plain page links it.
    expect(html).toMatch(/<style>[^<]*\.result-list/);
    expect(html).not.toContain('rel="stylesheet"');
    expect(plainIndex()).toContain('rel="stylesheet"');
    // The app's own script tags are still there (React takes over the page).
    expect(scriptTags(html)).toBe(scriptTags(plainIndex()) + 1);
  });

  it('answers in English for ?lang=en', async () => {
    const res = await request(t.app).get(`${RESULTS}&lang=en`).expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('class="lang-switch" lang="fr"');
    expect(res.text).toContain('class="result-list"');
  });

  it('cannot be made to run script by its query string', async () => {
    const attack = '</script><script>alert(1)</script><!--';
    const where = `$' $& "><img src=x onerror=alert(2)>`;
    const res = await request(t.app)
      .get('/recherche')
      .query({ q: attack, where, lat: '49.5089', lng: '-1.4703' })
      .expect(200);
    const html = res.text;
    expect(html).toContain('class="result-list"');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<!--"');
    // As many script elements as the plain page has, plus the inert JSON one; no other.
    expect(scriptTags(html)).toBe(scriptTags(plainIndex()) + 1);
    // The typed text is shown as text (the title, the search field), and the state gives it back unchanged.
    expect(html).toContain(`Lieux pour « ${escapeHtml(attack)} »`);
    expect(html).toContain(`value="${escapeHtml(attack)}"`);
    const state = STATE.exec(html)![1]!;
    expect(state).not.toMatch(/[<>&]/);
    expect(JSON.stringify(JSON.parse(state))).toContain(JSON.stringify(attack).slice(1, -1));
    // The page's policy is unchanged: no inline script may run.
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('sends the plain app for other pages, and never serves its server bundle', async () => {
    const place = await request(t.app).get('/lieu/emmaus-cotentin').expect(200);
    expect(place.text).toBe(plainIndex());
    const bundle = await request(t.app).get('/.ssr/prerender.cjs');
    expect(bundle.text).not.toContain('prerender');
    expect(bundle.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('over the anonymous rate limit', () => {
  const t = useTestApp({ env: { REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1' } });

  it('a results page is the plain app, which will ask for its results itself', async () => {
    const first = await request(t.app).get(RESULTS).expect(200);
    expect(first.text).toContain('class="result-list"');
    const second = await request(t.app).get(RESULTS).expect(200);
    expect(second.text).not.toContain('reemploi-state');
    expect(second.text).toContain('<div id="root"></div>');
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
