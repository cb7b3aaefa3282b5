import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { decodeText } from './input';

export type CsvRow = { line: number; cells: Record<string, string> } | { line: number; error: string };

/** The most frequent of ; , tab and | in the header line (outside quotes). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

/** Header cells compared without case, accents, spaces or punctuation: "Code postal" = "code_postal". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Streams the rows of a French CSV (UTF-8 with or without BOM, or Windows-1252; `;` `,` or tab; quoted
 * newlines; empty lines) as header-keyed cells with the file line where each row starts. A row with the
 * wrong number of cells is reported, not guessed.
 */
export async function* csvRows(bytes: Readable, options: { keepHeaders?: boolean } = {}): AsyncGenerator<CsvRow> {
  const text = decodeText(bytes);
  const chunks = text[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head = String(first.value);
  const delimiter = detectDelimiter(head.slice(0, head.search(/\r?\n/) >>> 0));
  const parser = parse({
    delimiter,
    bom: true,
    skip_empty_lines: false,
    relax_quotes: true,
    relax_column_count: true,
  });
  Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield String(next.value);
    })(),
  )
    .on('error', (error) => parser.destroy(error))
    .pipe(parser);
  let header: string[] | null = null;
  // Lines are counted here, not by csv-parse (it counts a quoted CRLF as two lines, and its per-record
  // `info` and `raw` tripled the cost of parsing): a record spans one line plus the line breaks inside
  // its quoted cells, which keep them.
  let cursor = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    const startLine = cursor;
    cursor += 1;
    for (const cell of record)
      if (cell.includes('\n') || cell.includes('\r')) cursor += cell.match(/\r\n|\n|\r/g)!.length;
    if (!header) {
      header = record.map((cell) => (options.keepHeaders ? cell.trim() : headerKey(cell)));
      continue;
    }
    const row = rowOfRecord(header, record, startLine, delimiter);
    if (row) yield row;
  }
}

/**
 * One parsed record as header-keyed cells, or the error of a row with the wrong number of cells; null for a
 * blank row. Trailing empty cells past the header are dropped (spreadsheets add them).
 */
export function rowOfRecord(header: string[], record: string[], line: number, delimiter: string): CsvRow | null {
  if (record.every((cell) => cell.trim() === '')) return null;
  const cells =
    record.length > header.length && record.slice(header.length).every((cell) => cell.trim() === '')
      ? record.slice(0, header.length)
      : record;
  if (cells.length !== header.length)
    return {
      line,
      error: `row has ${cells.length} cells but the header has ${header.length} (a missing or extra "${delimiter}"?)`,
    };
  const row: Record<string, string> = {};
  header.forEach((name, i) => (row[name] = cells[i]!));
  return { line, cells: row };
}
