/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// operations.ts and *-operations.ts cast each pre-parsed document to its generated types (`pnpm generate`); the cast itself
// is unchecked, so this pairs every document with the types named after its own operation.
const src = resolve(__dirname, '..');
const operationFiles = (readdirSync(src, { recursive: true }) as string[])
  .filter((file) => /(^|[/-])operations\.ts$/.test(file) && !file.includes('generated'))
  .map((file) => join(src, file));

function pairs(file: string) {
  const source = readFileSync(file, 'utf8');
  const documents = new Map(
    [...source.matchAll(/^import (\w+) from '([^']+\.graphql)';$/gm)].map(([, name, path]) => [
      name!,
      resolve(dirname(file), path!),
    ]),
  );
  return [...source.matchAll(/=\s*(\w+) as TypedDocumentNode<\s*(\w+),\s*(\w+)\s*>/g)].map(
    ([, document, result, variables]) => ({ document: document!, path: documents.get(document!), result, variables }),
  );
}

describe('client operations', () => {
  it('finds the operation files', () => {
    expect(operationFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(operationFiles.map((file) => [file.slice(src.length + 1), file]))(
    '%s pairs each document with the generated types of its operation',
    (_name, file) => {
      const found = pairs(file);
      expect(found.length).toBeGreaterThan(0);
      // A cast to hand-written types (not two generated names) is not matched above: count every cast.
      expect(found).toHaveLength(readFileSync(file, 'utf8').split(' as TypedDocumentNode<').length - 1);
      for (const { document, path, result, variables } of found) {
        expect(path).toBeDefined();
        const [, kind, name] = /^(query|mutation|subscription)\s+(\w+)/m.exec(readFileSync(path!, 'utf8')) ?? [];
        const expected = `${name}${kind === 'query' ? 'Query' : kind === 'mutation' ? 'Mutation' : 'Subscription'}`;
        expect({ document, result, variables }).toEqual({
          document,
          result: expected,
          variables: `${expected}Variables`,
        });
      }
    },
  );
});
