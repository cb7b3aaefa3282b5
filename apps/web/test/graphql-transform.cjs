// Jest transform for `.graphql` imports, doing what the Vite plugin (build/graphql-documents.ts) does:
// inline `#import` fragments once each, then export the parsed DocumentNode.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const { parse } = require('graphql');

function readDocument(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/^#import\s+"([^"]+)"\s*$/gm, (_line, path) =>
    readDocument(resolve(dirname(file), path), seen),
  );
}

module.exports = {
  process(_source, file) {
    const document = parse(readDocument(file), { noLocation: true });
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(document)} };` };
  },
  // Imported fragments are part of the result, so they are part of the cache key.
  getCacheKey(_source, file) {
    return createHash('sha256').update(readFileSync(__filename)).update(readDocument(file)).digest('hex');
  },
};
