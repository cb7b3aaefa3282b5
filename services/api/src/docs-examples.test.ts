import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import request from 'supertest';
import { PLACES_QUERY } from '../../../apps/embed/src/api';
import { parseOptions, toVariables } from '../../../apps/embed/src/options';
import { parseSearch, toPlaceFilter } from '../../../apps/web/src/search/search-state';
import { useTestApp } from '../test/app';

const doc = readFileSync(path.join(repoRoot(), 'docs', 'api.md'), 'utf8');
// The README's "Try it" command is an example of the same kind.
const readme = readFileSync(path.join(repoRoot(), 'README.md'), 'utf8');
const codeBlocks = (langs: string, text = doc) =>
  [...text.matchAll(new RegExp('```(?:' + langs + ')\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Every anonymous curl example of docs/api.md and the README, as { query, variables } sent by the command. */
function curlExamples(): Example[] {
  const commands = [...codeBlocks('bash|sh'), ...codeBlocks('bash|sh', readme)].flatMap((block) =>
    block.split(/\n(?=curl )/).filter((c) => c.startsWith('curl ')),
  );
  const examples: Example[] = [];
  for (const command of commands) {
    if (/x-api-key|authorization|apikey/i.test(command) || !/\/graphql/.test(command)) continue;
    const encoded = /--data-urlencode '(query=[\s\S]*?)'(\s|$)/.exec(command);
    const body = /-d '(\{[\s\S]*?\})'/.exec(command);
    if (encoded) {
      const query = encoded[1]!.slice('query='.length);
      examples.push({ name: `curl ${query}`, query });
    } else if (body) {
      const sent = JSON.parse(body[1]!) as { query: string; variables?: Record<string, unknown> };
      examples.push({ name: `curl ${sent.query} ${JSON.stringify(sent.variables ?? {})}`, ...sent });
    }
  }
  return examples;
}

/** Every <reemploi-places> element of the guide, as the query the widget sends for its attributes. */
function widgetExamples(): Example[] {
  return codeBlocks('html').flatMap((block) =>
    [...block.matchAll(/<reemploi-places\s([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((attributes) => !/api-key=/.test(attributes)) // a key example: its listing is the same anonymous one
      .map((attributes) => {
        const values = new Map([...attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? '']));
        const { options, problems } = parseOptions((name) => values.get(name) ?? null);
        expect(problems).toEqual([]);
        return { name: `widget ${attributes}`, query: PLACES_QUERY, variables: toVariables(options) };
      }),
  );
}

/** Every map iframe of the guide (loader elements and script URLs), as the search its page runs. */
function iframeExamples(): Example[] {
  const queries = [
    ...[...doc.matchAll(/data-reemploi-carte="([^"]*)"/g)].map((m) => m[1]!),
    ...[...doc.matchAll(/\/embed\/carte\.js\?([^`"\s)]+)/g)].map((m) => m[1]!),
  ];
  return queries.map((query) => {
    const state = parseSearch(query);
    return {
      name: `iframe ?${query}`,
      query: `query($filter: PlaceFilter, $near: GeoPointInput, $radiusKm: Float) { places(filter: $filter, near: $near, radiusKm: $radiusKm) { totalCount edges { node { name } } } }`,
      variables: { filter: toPlaceFilter(state), near: state.point, radiusKm: state.point ? state.radiusKm : null },
    };
  });
}

/** The JavaScript examples: their query, with the variables they pass (or, for `nearby`, a Cherbourg point). */
function javascriptExamples(): Example[] {
  const js = codeBlocks('js').join('\n');
  const nearby = /const QUERY = `([\s\S]*?)`;/.exec(js)![1]!;
  const apollo = /const DONATE_NEAR = gql`([\s\S]*?)`;/.exec(js)![1]!;
  // `variables: { near: { lat: 49.6486, lng: -1.6561 }, subcategories: ['meuble'] }` read as JSON.
  const literal = /variables: (\{ near: [^\n]*\}),\n/.exec(js)![1]!;
  const apolloVariables = JSON.parse(literal.replace(/(\w+):/g, '"$1":').replace(/'/g, '"')) as Record<string, unknown>;
  return [
    {
      name: 'js nearby(49.6394, -1.6164)',
      query: nearby,
      variables: { near: { lat: 49.6394, lng: -1.6164 }, filter: { actions: ['REPAIR'] } },
    },
    { name: 'js DONATE_NEAR', query: apollo, variables: apolloVariables },
  ];
}

/** How many places (map features, object matches) an answer holds; vocabulary fields do not count. */
function found(data: {
  places?: { edges: unknown[] };
  place?: unknown;
  mapFeatures?: unknown[];
  resolveObject?: unknown[];
}) {
  return (
    (data.places?.edges.length ?? 0) +
    (data.place ? 1 : 0) +
    (data.mapFeatures?.length ?? 0) +
    (data.resolveObject?.length ?? 0)
  );
}

// The open-now example is read on a Tuesday morning (Europe/Paris), when places usually open.
const TUESDAY_MORNING = new Date('2026-12-08T10:30:00+01:00');

describe('docs/api.md examples', () => {
  const t = useTestApp();
  const examples = [...curlExamples(), ...widgetExamples(), ...iframeExamples(), ...javascriptExamples()];

  beforeAll(() => {
    // Only the clock: timers, ticks and I/O run as usual.
    jest.useFakeTimers({
      now: TUESDAY_MORNING,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
  });
  afterAll(() => jest.useRealTimers());

  it('has examples of every kind to check', () => {
    expect(curlExamples().length).toBeGreaterThanOrEqual(7);
    expect(widgetExamples().length).toBeGreaterThanOrEqual(3);
    expect(iframeExamples().length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((e) => [e.name.replace(/\s+/g, ' ').slice(0, 160), e] as const))(
    'shows places on the demo data: %s',
    async (_name, example) => {
      const res = await request(t.app).post('/graphql').send({ query: example.query, variables: example.variables });
      expect(res.body.errors).toBeUndefined();
      expect(found(res.body.data)).toBeGreaterThan(0);
    },
  );

  it('returns Emmaüs Cotentin first for the quick-start donation query, as the guide says', async () => {
    const quickStart = curlExamples().find((e) => e.query.includes('DONATE') && e.query.includes('49.6486'))!;
    const res = await request(t.app).post('/graphql').send({ query: quickStart.query });
    expect(res.body.data.places.edges[0].node.name).toBe('Emmaüs Cotentin');
  });
});
