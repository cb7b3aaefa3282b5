import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from '@reemploi/embedded-db';
import { loadConfig } from '../../config';
import { loadTypeDefs } from '../schema';
import { measureOperation } from './query-cost';

const schema = buildSchema(loadTypeDefs());

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  return operations.map((op) => ({
    name: op.name?.value ?? '(anonymous)',
    ...measureOperation(schema, op, fragments, variables),
  }));
}

describe('query depth and cost', () => {
  it('counts one per field and multiplies a connection by `first`', () => {
    expect(measure('{ places(first: 5) { totalCount edges { node { id name } } } }')[0]).toMatchObject({
      depth: 4,
      cost: 1 + 5 * (1 + 1 + 1 + 2),
    });
  });

  it('takes `first` from variables, then from the argument default', () => {
    const query = 'query($n: Int) { places(first: $n) { edges { node { id } } } }';
    expect(measure(query, { n: 50 })[0]!.cost).toBe(1 + 50 * 3);
    expect(measure('{ places { edges { node { id } } } }')[0]!.cost).toBe(1 + 20 * 3);
  });

  it('follows fragments and ignores introspection fields', () => {
    const query = 'query { ...Q __schema { types { name fields { name } } } } fragment Q on Query { actions { id } }';
    expect(measure(query)[0]).toMatchObject({ depth: 2, cost: 1 + 10 });
  });

  it('keeps every operation of the web app within the default limits', () => {
    const dir = path.join(repoRoot(), 'apps', 'web', 'src', 'graphql', 'documents');
    if (!existsSync(dir)) return;
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^#import .*$/gm, ''));
    const { graphql } = loadConfig({ NODE_ENV: 'test' });
    for (const op of measure(sources.join('\n'))) {
      expect({ ...op, ok: op.depth <= graphql.maxDepth && op.cost <= graphql.maxCost }).toMatchObject({ ok: true });
    }
  });
});
