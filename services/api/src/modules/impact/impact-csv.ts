import { parse } from 'csv-parse/sync';
import { AppError, ErrorCode } from '../../shared/errors';
import {
  ImpactProblem,
  type ImpactLine,
  LineRefused,
  type LineProblem,
  MAX_LINES,
  checkCommune,
  checkLine,
  checkMonth,
  lineKey,
  plainKey,
} from './impact-lines';

/** A CSV is sent as text in the GraphQL request (whose body may not pass 100 kB): 64 KiB is ~1 500 rows. */
export const MAX_CSV_CHARS = 64 * 1024;

/** What a file as a whole can be refused for (extensions `problem`), nothing of it stored. */
export const CsvProblem = {
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UNREADABLE_CSV: 'UNREADABLE_CSV',
  MISSING_COLUMNS: 'MISSING_COLUMNS',
  NO_LINES: ImpactProblem.NO_LINES,
  TOO_MANY_LINES: ImpactProblem.TOO_MANY_LINES,
} as const;

const fileRefused = (problem: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'csv', problem });

/** Accepted headers (compared as plainKey: no case, accents or punctuation), French first. */
const COLUMNS = {
  month: ['mois', 'month'],
  inseeCode: ['commune', 'code_insee', 'insee', 'insee_code'],
  subcategoryId: ['sous_categorie', 'subcategory', 'subcategory_id', 'categorie_lvao'],
  flow: ['flux', 'flow'],
  outcome: ['devenir', 'outcome'],
  kg: ['kg', 'poids_kg', 'poids', 'weight_kg'],
  items: ['pieces', 'items', 'nombre', 'quantite'],
} as const;
type Column = keyof typeof COLUMNS;

/** A cell a spreadsheet would run as a formula; a plain negative number is a negative weight, not a formula. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell.trimStart()) && !/^\s*-\s*\d[\d\s.,]*$/.test(cell);

export interface CsvMonth {
  month: string;
  inseeCode: string;
  lines: ImpactLine[];
  refusedRows: number;
}

export interface CsvDeclarations {
  months: CsvMonth[];
  problems: LineProblem[];
}

/** The month a refused row was for (to tell the validating staff that month lost rows), if readable. */
function monthOf(value: string, now: Date): string | null {
  try {
    return checkMonth(value, now);
  } catch {
    return null;
  }
}

function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readRecords(text: string): string[][] {
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw fileRefused(CsvProblem.UNREADABLE_CSV, `The file is not a readable CSV: ${(error as Error).message}`);
  }
}

function columnsOf(header: string[]): Partial<Record<Column, number>> {
  const keys = header.map(plainKey);
  const found: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const index = keys.findIndex((key) => names.includes(key));
    if (index >= 0) found[column] = index;
  }
  const missing = (['month', 'subcategoryId', 'flow'] as const).filter((c) => found[c] === undefined);
  if (found.kg === undefined && found.items === undefined) missing.push('kg' as never);
  if (missing.length)
    throw fileRefused(
      CsvProblem.MISSING_COLUMNS,
      `Missing columns: ${missing.map((c) => COLUMNS[c][0]).join(', ')} (expected mois;commune;sous_categorie;flux;devenir;kg;pieces).`,
    );
  return found;
}

/**
 * A till or scale export read into monthly declarations. Every row is checked on its own: a refused row
 * (formula cell, negative weight, future month, unknown sub-category or outcome…) is reported with its
 * file line and stores nothing; the good rows are kept, grouped by month (docs/staff-guide.md).
 * `defaultCommune` applies to rows without a commune column.
 */
export function readImpactCsv(text: string, defaultCommune: string | null, now: Date): CsvDeclarations {
  if (text.length > MAX_CSV_CHARS)
    throw fileRefused(
      CsvProblem.FILE_TOO_LARGE,
      `The file is larger than ${MAX_CSV_CHARS / 1024} KiB: split it by month.`,
    );
  const [header, ...rows] = readRecords(text);
  if (!header || rows.length === 0) throw fileRefused(CsvProblem.NO_LINES, 'The file has no rows under its header.');
  if (rows.length > MAX_LINES) throw fileRefused(CsvProblem.TOO_MANY_LINES, `At most ${MAX_LINES} rows per file.`);
  const columns = columnsOf(header);
  const months = new Map<string, CsvMonth & { keys: Set<string> }>();
  const problems: LineProblem[] = [];
  const refusedByMonth = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 2; // the header is line 1 (quoted newlines aside)
    const cell = (column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]!] ?? ''));
    let month: string | null = null;
    try {
      const formula = cells.findIndex(isFormula);
      if (formula >= 0) {
        const field = plainKey(header[formula] ?? '') || `column ${formula + 1}`;
        throw new LineRefused(
          field,
          ImpactProblem.FORMULA_CELL,
          `The cell "${cells[formula]!.slice(0, 40)}" looks like a spreadsheet formula.`,
        );
      }
      month = checkMonth(cell('month'), now);
      const inseeCode = checkCommune(columns.inseeCode !== undefined ? cell('inseeCode') : (defaultCommune ?? ''));
      const parsed = checkLine({
        subcategoryId: cell('subcategoryId'),
        flow: cell('flow'),
        outcome: cell('outcome'),
        kg: cell('kg'),
        items: cell('items'),
      });
      const group = months.get(month) ?? { month, inseeCode, lines: [], refusedRows: 0, keys: new Set<string>() };
      if (group.inseeCode !== inseeCode)
        throw new LineRefused(
          'inseeCode',
          ImpactProblem.INVALID_COMMUNE,
          `One commune per month: ${month} is declared for ${group.inseeCode}.`,
        );
      if (group.keys.has(lineKey(parsed)))
        throw new LineRefused(
          'subcategoryId',
          ImpactProblem.DUPLICATE_LINE,
          `A line for ${parsed.subcategoryId}, ${parsed.flow} ${parsed.outcome ?? ''} is already in ${month}.`,
        );
      group.keys.add(lineKey(parsed));
      group.lines.push(parsed);
      months.set(month, group);
    } catch (error) {
      if (!(error instanceof LineRefused)) throw error;
      problems.push({ line, field: error.field, problem: error.problem, message: error.message });
      month ??= monthOf(cell('month'), now);
      if (month) refusedByMonth.set(month, (refusedByMonth.get(month) ?? 0) + 1);
    }
  });
  return {
    months: [...months.values()].map(({ keys: _keys, ...group }) => ({
      ...group,
      refusedRows: refusedByMonth.get(group.month) ?? 0,
    })),
    problems,
  };
}
