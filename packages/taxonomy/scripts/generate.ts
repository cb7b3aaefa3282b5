// Turns the LVAO fixtures (ADEME, MIT) into checked-in TypeScript modules, so the package does no I/O at
// runtime and works unchanged in the API (tsx), the web app (Vite) and Jest.
// Run: pnpm --filter @reemploi/taxonomy generate   (env LVAO_DATA_DIR overrides the data folder)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface LvaoCategory {
  code: string;
  label: string;
}
interface LvaoSubcategory {
  code: string;
  label: string;
  category: string;
  reusePossible: boolean;
  shownOnMap: boolean;
}
interface LvaoObject {
  code: string;
  label: string;
  subcategory: string;
}
interface DjangoRow {
  model: string;
  fields: Record<string, unknown>;
}

const ATTRIBUTION =
  'Source: ADEME, « Que faire de mes objets et déchets » / Longue vie aux objets\n' +
  '// (github.com/incubateur-ademe/quefairedemesobjets, webapp/qfdmo/fixtures), MIT licence, © 2023 ADEME.';

// pnpm --filter runs scripts from the package folder; the shared data sits beside the repository.
const packageDir = process.cwd();
const dataDir = path.resolve(packageDir, process.env.LVAO_DATA_DIR ?? '../../../shared/data/lvao');
const outDir = path.join(packageDir, 'src/generated');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
}

function djangoRows(file: string, model: string): Record<string, unknown>[] {
  return readJson<DjangoRow[]>(file)
    .filter((row) => row.model === model)
    .map((row) => row.fields);
}

function header(source: string): string {
  return `// generated, do not edit: run \`pnpm --filter @reemploi/taxonomy generate\` (from ${source}).\n// ${ATTRIBUTION}\n\n`;
}

// Emits string literals the way Prettier would (single quotes unless the text holds one).
function str(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\');
  if (value.includes("'") && !value.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

function union(name: string, codes: string[]): string {
  return `export type ${name} =\n${codes.map((code) => `  | ${str(code)}`).join('\n')};\n`;
}

function writeModule(file: string, source: string, body: string): void {
  writeFileSync(path.join(outDir, file), header(source) + body);
  console.log(`wrote src/generated/${file}`);
}

function generateCategories(): Set<string> {
  const { categories, subcategories } = readJson<{ categories: LvaoCategory[]; subcategories: LvaoSubcategory[] }>(
    'categories.json',
  );
  const catRows = categories.map((c) => `  { code: ${str(c.code)}, label: ${str(c.label)} },`);
  const subRows = subcategories.map(
    (s) =>
      `  { code: ${str(s.code)}, label: ${str(s.label)}, category: ${str(s.category)}, ` +
      `reusePossible: ${s.reusePossible}, shownOnMap: ${s.shownOnMap} },`,
  );
  writeModule(
    'lvao-categories.ts',
    'categories.json',
    union(
      'LvaoCategoryCode',
      categories.map((c) => c.code),
    ) +
      '\n' +
      union(
        'LvaoSubcategoryCode',
        subcategories.map((s) => s.code),
      ) +
      '\nexport interface LvaoCategory {\n  code: LvaoCategoryCode;\n  label: string;\n}\n' +
      '\nexport interface LvaoSubcategory {\n  code: LvaoSubcategoryCode;\n  label: string;\n  category: LvaoCategoryCode;\n' +
      '  reusePossible: boolean;\n  shownOnMap: boolean;\n}\n' +
      `\nexport const lvaoCategories: readonly LvaoCategory[] = [\n${catRows.join('\n')}\n];\n` +
      `\nexport const lvaoSubcategories: readonly LvaoSubcategory[] = [\n${subRows.join('\n')}\n];\n`,
  );
  return new Set(subcategories.map((s) => s.code));
}

function generateObjects(subcategoryCodes: Set<string>): void {
  const objects = readJson<LvaoObject[]>('objects.json');
  const unknown = objects.filter((o) => !subcategoryCodes.has(o.subcategory));
  if (unknown.length > 0)
    throw new Error(`objects with unknown sub-category: ${JSON.stringify(unknown.map((o) => o.code))}`);
  const rows = objects.map((o) => `  [${str(o.code)}, ${str(o.label.trim())}, ${str(o.subcategory)}],`);
  writeModule(
    'lvao-objects.ts',
    'objects.json',
    "import type { LvaoSubcategoryCode } from './lvao-categories';\n\n" +
      '/** [code, label, sub-category code]: tuples keep the bundle small. */\n' +
      'export type LvaoObjectRow = readonly [code: string, label: string, subcategory: LvaoSubcategoryCode];\n' +
      `\nexport const lvaoObjectRows: readonly LvaoObjectRow[] = [\n${rows.join('\n')}\n];\n`,
  );
}

function generateActions(): void {
  const rows = djangoRows('actions.json', 'qfdmo.action')
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((f) => {
      const directions = (f.directions as string[][]).map((d) => d[0]);
      const description = typeof f.description === 'string' ? str(f.description) : 'null';
      return (
        `  { code: ${str(String(f.code))}, label: ${str(String(f.libelle))}, groupLabel: ${str(String(f.libelle_groupe))}, ` +
        `description: ${description}, directions: [${directions.map((d) => str(String(d))).join(', ')}], order: ${Number(f.order)} },`
      );
    });
  writeModule(
    'lvao-actions.ts',
    'actions.json',
    "export type LvaoDirectionCode = 'jai' | 'jecherche';\n" +
      '\nexport interface LvaoAction {\n  code: string;\n  label: string;\n  groupLabel: string;\n  description: string | null;\n' +
      '  directions: readonly LvaoDirectionCode[];\n  order: number;\n}\n' +
      `\nexport const lvaoActions: readonly LvaoAction[] = [\n${rows.join('\n')}\n];\n`,
  );
}

function generateLabels(): void {
  const rows = djangoRows('labels.json', 'qfdmo.labelqualite').map(
    (f) =>
      `  { code: ${str(String(f.code))}, label: ${str(String(f.libelle))}, url: ${str(String(f.url ?? ''))}, bonus: ${Boolean(f.bonus)} },`,
  );
  writeModule(
    'lvao-labels.ts',
    'labels.json',
    'export interface LvaoLabel {\n  code: string;\n  label: string;\n  url: string;\n  bonus: boolean;\n}\n' +
      `\nexport const lvaoLabels: readonly LvaoLabel[] = [\n${rows.join('\n')}\n];\n`,
  );
}

function main(): void {
  if (!existsSync(path.join(dataDir, 'categories.json'))) {
    throw new Error(`LVAO data not found in ${dataDir} (set LVAO_DATA_DIR or run from packages/taxonomy)`);
  }
  mkdirSync(outDir, { recursive: true });
  const subcategoryCodes = generateCategories();
  generateObjects(subcategoryCodes);
  generateActions();
  generateLabels();
}

main();
