import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/** Inlines `#import "./x.graphql"` lines (fragments), once each. */
export function readDocument(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^#import\s+"([^"]+)"\s*$/gm, (_line, path: string) =>
    readDocument(resolve(dirname(file), path), seen),
  );
}

/** `.graphql` files become pre-parsed DocumentNodes: no GraphQL parser in the browser bundle. */
export function graphqlDocuments(): Plugin {
  return {
    name: 'reemploi-graphql-documents',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.graphql')) return null;
      const source = readDocument(id);
      for (const match of source.matchAll(/^#import\s+"([^"]+)"/gm)) {
        this.addWatchFile(resolve(dirname(id), match[1]!));
      }
      const document = parse(source, { noLocation: true });
      return { code: `export default ${JSON.stringify(document)};`, map: null };
    },
  };
}
