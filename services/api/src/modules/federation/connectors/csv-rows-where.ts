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

/**
 * The rows of a CSV (as `csvRows`: same decoding, delimiter, cells, line numbers and errors) whose cell in one
 * column passes a test, the others skipped before they are parsed: csv-parse reads ~20 MB/s here, the split
 * ~100 MB/s, so a national file kept to one EPCI is read at the split's speed. A file without that column is
 * read whole by `csvRows`.
 */
export async function* csvRowsWhere(bytes: Readable, test: ColumnTest): AsyncGenerator<CsvRow> {
  const chunks = decodeText(bytes)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const head = String(first.value);
  const headerEnd = head.indexOf('\n');
  const delimiter = detectDelimiter(head.slice(0, headerEnd >>> 0));
  const options = { delimiter, relax_quotes: true, relax_column_count: true } as const;
  const header = headerEnd < 0 ? [] : (parse(head.slice(0, headerEnd + 1), options)[0] ?? []).map(headerKey);
  const column = header.indexOf(test.column);
  // A lone CR ends lines in some old exports: csv-parse's own record delimiter detection reads them.
  if (column < 0 || /\r(?!\n)/.test(head.slice(0, headerEnd + 1))) {
    yield* csvRows(Readable.from(replay(head, chunks)));
    return;
  }
  const splitter = new RecordSplitter(delimiter.charCodeAt(0), column);
  let kept: { text: string; line: number }[] = [];
  const found = (text: string, line: number, field: string | null) => {
    if (line === 1 || test.keep(field === null ? '' : fieldText(field))) kept.push({ text, line });
  };
  splitter.push(head, found);
  for (let next = await chunks.next(); ; next = await chunks.next()) {
    if (!next.done) splitter.push(String(next.value), found);
    else splitter.push('', found, true);
    for (const { text, line } of kept) {
      if (line === 1 || !text.trim()) continue;
      const records = parse(text, options) as string[][];
      for (const record of records) {
        const row = rowOfRecord(header, record, line, delimiter);
        if (row) yield row;
      }
    }
    kept = [];
    if (next.done) return;
  }
}

/** The decoded text again from its start, for csvRows. */
async function* replay(head: string, rest: AsyncIterator<unknown>) {
  yield Buffer.from(head);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(String(next.value));
}
