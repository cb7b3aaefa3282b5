import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { PLACES_QUERY as WIDGET_QUERY } from '../../../../../apps/embed/src/api';
import { useTestApp } from '../../../test/app';
import { counterDeltas } from '../../../test/metrics';
import { compiledExecutionPlugin } from './compiled-execution.plugin';

// The web app's own documents (fragments inlined as its build does): what residents' browsers send.
const DOCUMENTS = path.resolve(__dirname, '../../../../../apps/web/src/graphql/documents');
function webDocument(file: string): string {
  const text = readFileSync(path.join(DOCUMENTS, file), 'utf8');
  const imports = [...text.matchAll(/^#import "\.\/(.+)"$/gm)].map((m) => webDocument(m[1]!));
  return [text.replace(/^#import .*$/gm, ''), ...imports].join('\n');
}

/** How many requests `run` sent down each execution path. */
const counted = (run: () => Promise<unknown>) =>
  counterDeltas('reemploi_graphql_compiled_execution_total', 'path', ['compiled', 'fallback', 'interpreted'], run);

describe('compiled execution of public reads (graphql-jit)', () => {
  const t = useTestApp();
  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request(t.app)
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...headers })
      .send({ query, variables });

  const valognes = { lat: 49.5089, lng: -1.4703 };
  const cotentin = { west: -2.0, south: 49.3, east: -1.1, north: 49.75 };
  const cherbourg = { west: -1.8, south: 49.45, east: -1.4, north: 49.7 };
  const cases: [name: string, query: string, variables: Record<string, unknown>][] = [
    [
      'SearchPlaces (list, facets, sub-category labels)',
      webDocument('search-places.graphql'),
      { near: valognes, filter: { actions: ['DROP_OFF'] }, first: 20, lang: 'FR' },
    ],
    [
      'SearchPlaces in English with a text and a radius',
      webDocument('search-places.graphql'),
      { near: valognes, radiusKm: 30, filter: { text: 'vêtements' }, first: 5, lang: 'EN' },
    ],
    ['MapFeatures (clusters)', webDocument('map-features.graphql'), { bbox: cotentin, zoom: 8 }],
    // A 2300×2200 px view at zoom 12 (the whole Cotentin at zoom 16 would be 84 000 px wide: refused).
    ['MapFeatures (markers)', webDocument('map-features.graphql'), { bbox: cherbourg, zoom: 12 }],
    ['ResolveObject', webDocument('resolve-object.graphql'), { text: 'canapé', lang: 'FR', first: 3 }],
    ['Taxonomy', webDocument('taxonomy.graphql'), { lang: 'EN' }],
    ['FindPlaces', webDocument('find-places.graphql'), { text: 'emmaus' }],
    [
      "the partner widget's ReemploiWidget",
      WIDGET_QUERY,
      { near: valognes, radiusKm: 25, filter: { actions: ['DONATE'] }, first: 5, lang: 'FR' },
    ],
  ];

  it.each(cases)('answers %s exactly as graphql-js does', async (name, document, variables) => {
    const query = `${document}\n# ${name}`; // a document of its own per case: its first run is interpreted
    const counts = await counted(async () => {
      const interpreted = await post(query, variables); // first run of this document: graphql-js
      const compiled = await post(query, variables); // from the second: compiled
      expect(interpreted.status).toBe(200);
      expect(interpreted.body.errors).toBeUndefined();
      expect(compiled.status).toBe(200);
      expect(compiled.text).toBe(interpreted.text);
      expect(compiled.headers['content-type']).toBe(interpreted.headers['content-type']);
    });
    expect(counts).toEqual({ compiled: 1, fallback: 0, interpreted: 1 });
  });

  it('answers a place page exactly as graphql-js does', async () => {
    const first = await post('{ places(first: 1) { edges { node { slug } } } }', {});
    const slug = first.body.data.places.edges[0].node.slug as string;
    const query = webDocument('place-page.graphql');
    const interpreted = await post(query, { slug, lang: 'FR' });
    expect(interpreted.body.data.place.slug).toBe(slug);
    const counts = await counted(async () => {
      const compiled = await post(query, { slug, lang: 'FR' });
      expect(compiled.text).toBe(interpreted.text);
    });
    expect(counts).toMatchObject({ compiled: 1 });
  });

  it('leaves every error to graphql-js: same status, codes and messages as an interpreted run', async () => {
    const query =
      'query Near($near: GeoPointInput, $first: Int) { places(near: $near, first: $first) { totalCount edges { node { id } } } }';
    const cases = [
      { near: { lat: 200, lng: 0 }, first: 5 }, // a resolver refuses the coordinate
      { near: { lat: 'north', lng: 0 }, first: 5 }, // variable coercion
      { near: valognes, first: -3 }, // a resolver refuses the page size
    ];
    const interpreted: request.Response[] = [];
    for (const variables of cases) interpreted.push(await post(query, variables)); // first runs: graphql-js
    const counts = await counted(async () => {
      expect((await post(query, { near: valognes, first: 2 })).body.errors).toBeUndefined(); // compiled
      for (const [i, variables] of cases.entries()) {
        const again = await post(query, variables);
        expect(again.status).toBe(interpreted[i]!.status);
        expect(again.body).toEqual(interpreted[i]!.body);
        expect(again.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
    });
    expect(counts).toEqual({ compiled: 1, fallback: cases.length, interpreted: 0 });
  });

  it('never takes mutations, staff queries or operations outside the public allow-list', async () => {
    const counts = await counted(async () => {
      for (let i = 0; i < 3; i += 1) {
        await post('{ viewer { __typename } }', {});
        await post('{ apiInfo { version } viewer { __typename } }', {});
        await post('mutation { logout }', {});
      }
    });
    expect(counts).toEqual({ compiled: 0, fallback: 0, interpreted: 0 });
  });

  it('compiles a document only once it comes back (one-off documents stay interpreted)', async () => {
    const oneOff = (n: number) => `query OneOff${n} { places(first: ${n}) { totalCount } }`;
    const counts = await counted(async () => {
      for (let n = 1; n <= 5; n += 1) expect((await post(oneOff(n), {})).body.errors).toBeUndefined();
    });
    expect(counts).toEqual({ compiled: 0, fallback: 0, interpreted: 5 });
  });

  it('is off when configured off (REEMPLOI_GRAPHQL_COMPILED=false)', async () => {
    const plugin = compiledExecutionPlugin({ enabled: false });
    expect(await plugin.requestDidStart!({} as never)).toBeUndefined();
    expect(await compiledExecutionPlugin({ enabled: true }).requestDidStart!({} as never)).toBeDefined();
  });
});
