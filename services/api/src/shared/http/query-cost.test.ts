import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  buildSchema,
  getIntrospectionQuery,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { repoRoot } from '@reemploi/embedded-db';
import { loadConfig } from '../../config';
import { placeFieldCosts } from '../../modules/places/place-query-costs';
import { loadTypeDefs } from '../../composition/schema';
import { introspectionLimit, measureOperation, type MeasureOptions } from './query-cost';
import { OBJECT_FIELDS } from './introspection-cost';

const schema = buildSchema(loadTypeDefs());
const { maxCost, maxDepth } = loadConfig({ NODE_ENV: 'test' }).graphql;
/** The limits as the API applies them, for a directory of `places` places. */
const at = (places: number): MeasureOptions => ({
  fieldCosts: placeFieldCosts(() => places),
  maxIntrospection: introspectionLimit(schema),
});
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

function measure(source: string, variables: Record<string, unknown> = {}, options: MeasureOptions = {}) {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  return operations.map((op) => ({
    name: op.name?.value ?? '(anonymous)',
    ...measureOperation(schema, op, fragments, variables, options),
  }));
}

describe('query depth and cost', () => {
  it('counts one per field and multiplies the edges of a connection by `first`', () => {
    expect(measure('{ places(first: 5) { totalCount edges { node { id name } } } }')[0]).toMatchObject({
      depth: 4,
      cost: 1 + 1 + (1 + 5 * (1 + 2)),
    });
  });

  it('takes `first` from variables, then from the argument default', () => {
    const query = 'query($n: Int) { places(first: $n) { edges { node { id } } } }';
    expect(measure(query, { n: 50 })[0]!.cost).toBe(1 + 1 + 50 * 2);
    expect(measure('{ places { edges { node { id } } } }')[0]!.cost).toBe(1 + 1 + 20 * 2);
  });

  it('follows fragments and counts introspection fields exactly, apart from the cost', () => {
    const types = Object.keys(schema.getTypeMap()).length;
    expect(measure('query { ...Q } fragment Q on Query { actions { id } }')[0]).toMatchObject({ depth: 2, cost: 11 });
    // __schema, types, then a name per type: every field graphql-js would resolve, and each object it completes
    // (the schema, each type) at OBJECT_FIELDS more.
    expect(measure('{ __schema { types { name } } }')[0]).toMatchObject({
      depth: 0,
      cost: 0,
      introspection: 2 + types + (1 + types) * OBJECT_FIELDS,
    });
    // __typename is an ordinary field: Apollo Client asks it on every object, multiplied like its siblings.
    expect(measure('{ __typename a: __typename }')[0]).toMatchObject({ cost: 2, introspection: 0 });
    expect(measure('{ places(first: 5) { edges { node { __typename } } } }')[0]).toMatchObject({
      cost: 1 + 1 + 5 * 2,
      introspection: 0,
    });
  });

  it('admits the standard introspection query (GraphiQL, codegen) and refuses copies of it', () => {
    const limit = introspectionLimit(schema);
    const full = measure(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, at(300_000));
    expect(full[0]!.introspection).toBeGreaterThan(limit / 2);
    expect(full[0]!.introspection).toBeLessThanOrEqual(limit);
    expect(full[0]!.cost).toBe(0);
    // Two copies of the standard query's `__schema` through aliases: over the limit.
    const standard = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const fragments = standard.indexOf('fragment');
    const body = standard.slice(standard.indexOf('__schema'), standard.lastIndexOf('}', fragments));
    const twice = measure(`query { a: ${body} b: ${body} } ${standard.slice(fragments)}`, {}, at(0));
    expect(twice[0]!.introspection).toBeGreaterThan(limit);
    // The issue's 285 aliased __schema (29 MB): over the limit, whose count stops right after it.
    const copies = measure(
      `{ ${aliases(285, '__schema { types { name fields { name args { name } } } }')} }`,
      {},
      at(0),
    );
    expect(copies[0]!.introspection).toBeGreaterThan(limit);
    expect(copies[0]!.introspection).toBeLessThan(limit + 1000);
  });

  it('follows the schema: more types never lock the standard introspection query out', () => {
    // 400 more types of 12 fields each: about twice today's schema, far beyond the query cost limit.
    const extra = Array.from(
      { length: 400 },
      (_, i) => `type Extra${i} { ${Array.from({ length: 12 }, (_, f) => `f${f}(a: Int): String`).join(' ')} }`,
    ).join('\n');
    const bigger = buildSchema(`${loadTypeDefs()}\n${extra}\nextend type Query { extra: Extra0 }`);
    const full = parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of full.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const operation = full.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const { introspection } = measureOperation(
      bigger,
      operation,
      fragments,
      {},
      {
        maxIntrospection: introspectionLimit(bigger),
      },
    );
    expect(introspection).toBeGreaterThan(maxCost);
    expect(introspection).toBeLessThanOrEqual(introspectionLimit(bigger));
  });

  it('prices facets and searches by the directory size, facets once per connection however aliased', () => {
    const facets = aliases(40, 'facets { actions { value count } }');
    const issue = `{ ${aliases(20, `places(first: 1) { ${facets} }`)} }`; // the issue's 47 KB query
    expect(measure(issue, {}, at(300_000))[0]!.cost).toBeGreaterThan(maxCost);
    const once = (n: number) => measure(`{ places(first: 1) { ${aliases(n, 'facets { kinds { value } }')} } }`);
    expect(measure('{ places(first: 1) { facets { kinds { value } } } }', {}, at(300_000))[0]!.cost).toBe(
      1 + Math.ceil(300_000 / 64 / 2) + 1 + Math.ceil(300_000 / 64) + 1 + 10,
    );
    expect(once(2)[0]!.cost - once(1)[0]!.cost).toBe(1 + 1 + 10); // the second alias adds its answer only
  });

  it('prices `after` by the places the search skips', () => {
    const query = 'query($after: String) { places(first: 10, after: $after) { totalCount } }';
    const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
    const first = measure(query, {}, at(1000))[0]!.cost;
    expect(measure(query, { after: cursor(20_000) }, at(1000))[0]!.cost).toBe(first + 20_000);
  });

  it('sizes mapFeatures by the pixels of the view, at most MAX_MAP_FEATURES', () => {
    const query = `query($bbox: BBoxInput!, $zoom: Int!) {
      mapFeatures(bbox: $bbox, zoom: $zoom) { type lat lng count expansionZoom place { id slug name } } }`;
    // The Cotentin on a 2560×1440 map at zoom 9.5 (the web app rounds it to 10 and adds 128 px around),
    // then the whole world at zoom 22.
    const screen = { bbox: { west: -2.16, south: 49.1, east: -0.74, north: 49.86 }, zoom: 10 };
    expect(measure(query, screen, at(300_000))[0]!.cost).toBeLessThan(maxCost);
    // The whole world at zoom 22 is answered with at most MAX_MAP_FEATURES (clustered lower), priced so.
    const world = { bbox: { west: -180, south: -85, east: 180, north: 85 }, zoom: 22 };
    const capped = measure(query, world, at(300_000))[0]!.cost;
    expect(capped).toBeLessThan(maxCost);
    expect(capped).toBe(measure(query, { ...world, zoom: 21 }, at(300_000))[0]!.cost);
    // With a heavier selection per feature, the capped count still multiplies it.
    const heavy = `query($bbox: BBoxInput!, $zoom: Int!) { mapFeatures(bbox: $bbox, zoom: $zoom) {
      type lat lng count expansionZoom place { id slug name kind description openingHours website phone address { street postcode commune } } } }`;
    expect(measure(heavy, world, at(300_000))[0]!.cost).toBeGreaterThan(maxCost);
  });

  it('keeps every operation of the web app within the default limits', () => {
    const dir = path.join(repoRoot(), 'apps', 'web', 'src', 'graphql', 'documents');
    if (!existsSync(dir)) return;
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^#import .*$/gm, ''));
    for (const op of measure(sources.join('\n'), {}, at(300_000))) {
      expect({ ...op, ok: op.depth <= maxDepth && op.cost <= maxCost }).toEqual({ ...op, ok: true });
    }
  });
});
