/*
 * The column-mapping form of the imports page: pure logic (tested without a browser). Field names are
 * those of the API's mapping (services/api/src/modules/federation/connectors/mapping.ts).
 */
export const MAPPING_FIELDS = [
  'name',
  'street',
  'postcode',
  'commune',
  'inseeCode',
  'lat',
  'lng',
  'x',
  'y',
  'openingHours',
  'phone',
  'email',
  'website',
  'objects',
  'externalId',
] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** Field → chosen column ('' = not imported). */
export type MappingChoice = Record<MappingField, string>;

export type MappingProblem =
  | { field: MappingField; kind: 'required' }
  | { field: MappingField; kind: 'duplicate'; column: string }
  | { field: 'lat' | 'lng' | 'x' | 'y'; kind: 'pair' };

/** The form's initial choice: the API's suggestion, kept only for columns the file has. */
export function initialChoice(columns: string[], suggested: unknown): MappingChoice {
  const fields =
    suggested && typeof suggested === 'object' && 'fields' in suggested
      ? ((suggested as { fields: unknown }).fields as Record<string, unknown>)
      : {};
  const choice = Object.fromEntries(MAPPING_FIELDS.map((f) => [f, ''])) as MappingChoice;
  for (const field of MAPPING_FIELDS) {
    const column = fields?.[field];
    if (typeof column === 'string' && columns.includes(column)) choice[field] = column;
  }
  return choice;
}

/** What prevents the import: no name column, a column used twice, half a coordinate pair. */
export function mappingProblems(choice: MappingChoice): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!choice.name) problems.push({ field: 'name', kind: 'required' });
  const seen = new Map<string, MappingField>();
  for (const field of MAPPING_FIELDS) {
    const column = choice[field];
    if (!column) continue;
    if (seen.has(column)) problems.push({ field, kind: 'duplicate', column });
    else seen.set(column, field);
  }
  for (const [a, b] of [
    ['lat', 'lng'],
    ['x', 'y'],
  ] as const) {
    if (Boolean(choice[a]) !== Boolean(choice[b])) problems.push({ field: choice[a] ? b : a, kind: 'pair' });
  }
  return problems;
}

/** Kind and action given to every imported place (the API's defaults: a collection point to drop off at). */
export interface MappingDefaults {
  kind: string;
  action: string;
}
export const DEFAULT_KIND = 'COLLECTION_POINT';
export const DEFAULT_ACTION = 'DROP_OFF';
export const initialDefaults = (): MappingDefaults => ({ kind: DEFAULT_KIND, action: DEFAULT_ACTION });

/** The mapping sent to `importUpload` (only the chosen fields, with the kind and action of the rows). */
export function mappingInput(
  choice: MappingChoice,
  options: Partial<MappingDefaults> = {},
): { fields: Partial<Record<MappingField, string>>; kind: string; action: string } {
  const fields: Partial<Record<MappingField, string>> = {};
  for (const field of MAPPING_FIELDS) if (choice[field]) fields[field] = choice[field];
  return { fields, kind: options.kind || DEFAULT_KIND, action: options.action || DEFAULT_ACTION };
}

/** Percentage shown by the progress bar, 0..100 (100 once the run is over, whatever its outcome). */
export function progressPercent(run: { status: string; progress: number } | null | undefined): number {
  if (!run) return 0;
  if (run.status !== 'RUNNING') return 100;
  return Math.max(0, Math.min(99, Math.floor(run.progress * 100)));
}
