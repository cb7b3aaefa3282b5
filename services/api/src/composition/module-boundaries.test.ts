// The module map of docs/architecture.md, checked over the import graph of services/api/src (tests aside):
// shared/ imports no module, modules import each other only through their index.ts, and the modules'
// dependencies form no cycle. Type-only imports count: a cycle of types is still two modules that
// cannot be understood one without the other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import ts from 'typescript';

const SRC = path.join(repoRoot(), 'services', 'api', 'src');
const MODULES = path.join(SRC, 'modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')])
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  return null;
}

const moduleOf = (file: string) => {
  const rel = path.relative(MODULES, file);
  return rel.startsWith('..') ? null : rel.split(path.sep)[0]!;
};

const imports = sourceFiles(SRC).flatMap((file) =>
  ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((i) => resolve(file, i.fileName))
    .filter((target): target is string => target !== null)
    .map((target) => ({ file: path.relative(SRC, file), target: path.relative(SRC, target) })),
);

describe('module boundaries (services/api/src)', () => {
  it('shared/ imports no module', () => {
    expect(imports.filter((i) => i.file.startsWith('shared/') && i.target.startsWith('modules/'))).toEqual([]);
  });

  it("a module imports another module only through that module's index.ts", () => {
    const reaching = imports.filter((i) => {
      const to = moduleOf(path.join(SRC, i.target));
      return to !== null && to !== moduleOf(path.join(SRC, i.file)) && i.target !== `modules/${to}/index.ts`;
    });
    expect(reaching).toEqual([]);
  });

  it('the modules depend on each other without a cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports) {
      const from = moduleOf(path.join(SRC, i.file));
      const to = moduleOf(path.join(SRC, i.target));
      if (from && to && from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) return void cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
    expect(edges.size).toBeGreaterThan(3); // the walk saw the modules' imports
  });
});
