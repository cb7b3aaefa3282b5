import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { type CsvRow, csvRows, detectDelimiter, headerKey, rowOfRecord } from './csv-rows';
import { decodeText } from './input';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface ColumnTest {
  /** The column, as `headerKey` writes it (`code_epci`). */
  column: string;
  /** Whether a row whose cell in that column is `value` (trimmed, unquoted) is read at all. */
  keep(value: string): boolean;
}

/** The text of a raw field: trimmed, and unquoted when quoted (`"a""b"` → `a"b`). */
function fieldText(raw: string): string {
  const text = raw.trim();
  return text.length >= 2 && text.charCodeAt(0) === QUOTE && text.charCodeAt(text.length - 1) === QUOTE
    ? text.slice(1, -1).replace(/""/g, '"').trim()
    : text;
}

/**
 * Splits CSV text into records (quote-aware: a quote opens a quoted field at a field's start only, `""` is a
 * quote, a quote closes a field before a delimiter or a line break, as csv-parse's `relax_quotes` reads them),
 * noting where each record's `column`-th field lies, without building anything for a record.
 */
class RecordSplitter {
  private rest = '';
  private line = 1;

  constructor(
    private readonly delimiter: number,
    private readonly column: number,
  ) {}

  /** Calls `found(text, line, field)` for each complete record of `chunk` (the remainder waits). */
  push(chunk: string, found: (text: string, line: number, field: string | null) => void, end = false): void {
    const text = this.rest + chunk;
    const { delimiter, column } = this;
    const length = text.length;
    let start = 0;
    let fieldIndex = 0;
    let fieldStart = 0;
    let field: string | null = null;
    let quoted = false;
    let breaks = 0;
    for (let i = 0; i < length; i += 1) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === QUOTE) {
          const next = text.charCodeAt(i + 1);
          if (next === QUOTE) i += 1;
          else if (next === delimiter || next === LF || next === CR || i + 1 === length) quoted = false;
        } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) breaks += 1;
        continue;
      }
      if (c === QUOTE) {
        if (i === fieldStart) quoted = true;
      } else if (c === delimiter) {
        if (fieldIndex === column) field = text.slice(fieldStart, i);
        fieldIndex += 1;
        fieldStart = i + 1;
      } else if (c === LF) {
        if (fieldIndex === column) field = text.slice(fieldStart, i);
        found(text.slice(start, i + 1), this.line, field);
        this.line += breaks + 1;
        breaks = 0;
        start = i + 1;
        fieldIndex = 0;
        fieldStart = start;
        field = null;
      }
    }
    this.rest = text.slice(start);
    if (end && this.rest.trim()) {
      const last = this.rest;
      this.rest = '';
      found(last, this.line, fieldIndex === column ? last.slice(fieldStart - start) : field);
    }
  }
}

/** What is needed to read a record of a file from its text: the header's keys and the delimiter. */
export interface CsvLayout {
  header: string[];
  delimiter: string;
}

/** One record of a CSV as its text, with the file line where it starts. */
export interface CsvRecordText {
  line: number;
  text: string;
}

const parseOptions = (delimiter: string) => ({ delimiter, relax_quotes: true, relax_column_count: true }) as const;

/** A file's records as texts, in batches, and how to parse them. */
export interface CsvRecordTexts {
  /** The header's keys (`headerKey`) and the delimiter: with a record's text, all that decides its cells. */
  layout: CsvLayout;
  /** Batches of records (one per decoded chunk of the file). */
  batches: AsyncIterable<CsvRecordText[]>;
}

/**
 * The rows of records, each as `csvRows` gives it (cells, or the error of a row with the wrong number of
 * cells; none for a blank row), in one call of the parser for all of them.
 */
export function rowsOfRecords(layout: CsvLayout, records: readonly CsvRecordText[]): CsvRow[][] {
  if (records.length === 0) return [];
  const options = parseOptions(layout.delimiter);
  const parsed = parse(records.map((r) => r.text).join(''), options) as string[][];
  // Each text is one record as the split reads it; should the parser read them otherwise, one call each.
  const each =
    parsed.length === records.length
      ? parsed.map((record) => [record])
      : records.map((r) => parse(r.text, options) as string[][]);
  return records.map((r, i) =>
    each[i]!.map((record) => rowOfRecord(layout.header, record, r.line, layout.delimiter)).filter(
      (row): row is CsvRow => row !== null,
    ),
  );
}

/**
 * The records of a CSV as texts, split without parsing (same decoding, delimiter and line numbers as
 * `csvRows`), only those whose cell in `where`'s column passes its test when one is given. When the split
 * cannot read the file exactly (no such column, lone CR line ends, a header with an odd number of quotes),
 * `fallback` streams it whole through `csvRows` instead.
 */
export async function csvRecordTexts(
  bytes: Readable,
  where: ColumnTest | null,
): Promise<CsvRecordTexts | { fallback: AsyncIterable<CsvRow> }> {
  const chunks = decodeText(bytes)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return { fallback: (async function* () {})() };
  const head = String(first.value);
  const headerEnd = head.indexOf('\n');
  const headerLine = head.slice(0, headerEnd + 1);
  const delimiter = detectDelimiter(head.slice(0, headerEnd >>> 0));
  const header = ((parse(headerLine, parseOptions(delimiter)) as string[][])[0] ?? []).map(headerKey);
  const column = where ? header.indexOf(where.column) : -1;
  // A lone CR ends lines in some old exports: csv-parse's own record delimiter detection reads them.
  const oddQuotes = (headerLine.match(/"/g)?.length ?? 0) % 2 === 1;
  if ((where && column < 0) || headerEnd < 0 || oddQuotes || /\r(?!\n)/.test(headerLine))
    return { fallback: csvRows(Readable.from(replay(head, chunks))) };
  const splitter = new RecordSplitter(delimiter.charCodeAt(0), column);
  async function* batches() {
    let kept: CsvRecordText[] = [];
    const found = (text: string, line: number, field: string | null) => {
      if (line === 1 || !text.trim()) return;
      if (!where || where.keep(field === null ? '' : fieldText(field))) kept.push({ line, text });
    };
    splitter.push(head, found);
    for (let next = await chunks.next(); ; next = await chunks.next()) {
      const chunk = next.done ? '' : String(next.value);
      splitter.push(chunk, found, next.done);
      unpin(kept, chunk.length);
      if (kept.length > 0) yield kept;
      kept = [];
      if (next.done) return;
    }
  }
  return { layout: { header, delimiter }, batches: batches() };
}

/**
 * A kept text is a slice of its chunk's text and keeps all of it in memory while it lives: when only a few
 * of a chunk's records are kept (other EPCIs skipped), each is copied, so that a run's batch of records
 * does not hold hundreds of chunks.
 */
function unpin(kept: CsvRecordText[], chunkLength: number) {
  let length = 0;
  for (const record of kept) length += record.text.length;
  if (length * 4 >= chunkLength) return;
  for (const record of kept) record.text = Buffer.from(record.text, 'utf16le').toString('utf16le');
}

/**
 * The rows of a CSV (as `csvRows`: same decoding, delimiter, cells, line numbers and errors) whose cell in one
 * column passes a test, the others skipped before they are parsed: csv-parse reads ~20 MB/s here, the split
 * ~100 MB/s, so a national file kept to one EPCI is read at the split's speed. A file without that column is
 * read whole by `csvRows`.
 */
export async function* csvRowsWhere(bytes: Readable, test: ColumnTest): AsyncGenerator<CsvRow> {
  const file = await csvRecordTexts(bytes, test);
  if ('fallback' in file) return yield* file.fallback;
  for await (const batch of file.batches) for (const rows of rowsOfRecords(file.layout, batch)) yield* rows;
}

/** The decoded text again from its start, for csvRows. */
async function* replay(head: string, rest: AsyncIterator<unknown>) {
  yield Buffer.from(head);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(String(next.value));
}
