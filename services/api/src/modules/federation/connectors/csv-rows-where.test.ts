import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { fixture } from '../../../../test/federation-fixtures';
import { type CsvRow, csvRows } from './csv-rows';
import { csvRecordTexts, csvRowsWhere, rowsOfRecords } from './csv-rows-where';

async function read(rows: AsyncIterable<CsvRow>): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** The bytes in chunks of `size`, so that records, quotes and CRLFs straddle chunk boundaries. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)),
  );

const keepAll = { column: 'code_epci', keep: () => true };
const cotentinOnly = { column: 'code_epci', keep: (v: string) => v === '' || v === '200067205' };

// Quoted newlines (LF and CRLF), escaped quotes, a stray quote inside an unquoted cell (csv-parse's
// relax_quotes keeps it), a quoted EPCI, an empty EPCI, a blank line, a short row, no final newline.
const HEADER = 'identifiant;nom;code_epci;description';
const ODD_ROWS = [
  'a1;"Atelier ""Le Bon Fil""";200067205;"deux\nlignes"',
  'a2;Écran 17" réparé;200067205;simple',
  '',
  'a3;Autre EPCI;241700434;"trois\r\nlignes\r\nici"',
  'a4;"Quoted EPCI";"200067205";x',
  'a5;Sans EPCI;;y',
  'a6;Trop court;200067205',
  'a7;"fin""";241700434;z',
  'a8;Dernière;200067205;"sans fin de ligne"',
];
const ODD = [HEADER, ...ODD_ROWS].join('\r\n');

describe('csvRowsWhere: CSV rows whose cell in one column passes a test, the rest skipped unparsed', () => {
  it.each([7, 64, 100_000])(
    'reads every row exactly as csvRows does when all pass (chunks of %i bytes)',
    async (size) => {
      const bytes = Buffer.from(ODD);
      expect(await read(csvRowsWhere(chunked(bytes, size), keepAll))).toEqual(
        await read(csvRows(chunked(bytes, size))),
      );
    },
  );

  it('splits the same records when they straddle the decoded chunks of a file past the 64 KB sniffed at first', async () => {
    const body = ODD_ROWS.join('\r\n');
    const bytes = Buffer.from([HEADER, ...Array.from({ length: 500 }, () => body), ''].join('\r\n'));
    expect(bytes.length).toBeGreaterThan(2 * 64 * 1024);
    const all = await read(csvRows(chunked(bytes, 4093)));
    expect(all).toHaveLength(500 * 8);
    expect(await read(csvRowsWhere(chunked(bytes, 4093), keepAll))).toEqual(all);
    const kept = await read(csvRowsWhere(chunked(bytes, 997), cotentinOnly));
    expect(kept).toEqual(all.filter((r) => !('cells' in r) || r.cells.code_epci !== '241700434'));
  });

  it('keeps the rows of the wanted EPCI and those without one, with their file lines, cells and errors', async () => {
    const rows = await read(csvRowsWhere(chunked(Buffer.from(ODD), 13), cotentinOnly));
    expect(rows.map((r) => ('cells' in r ? [r.line, r.cells.identifiant] : [r.line, r.error]))).toEqual([
      [2, 'a1'],
      [4, 'a2'],
      [9, 'a4'],
      [10, 'a5'],
      [11, expect.stringMatching(/^row has 3 cells but the header has 4/)],
      [13, 'a8'],
    ]);
    expect(rows[0]).toEqual({
      line: 2,
      cells: { identifiant: 'a1', nom: 'Atelier "Le Bon Fil"', code_epci: '200067205', description: 'deux\nlignes' },
    });
    expect(rows[1]).toMatchObject({ cells: { nom: 'Écran 17" réparé' } });
  });

  it('reads the LVAO fixture, in UTF-8 and in Windows-1252, as csvRows does less the other EPCIs', async () => {
    const utf8 = readFileSync(fixture('lvao-cotentin.csv'));
    const all = await read(csvRows(chunked(utf8, 1000)));
    const expected = all.filter((r) => !('cells' in r) || ['', '200067205'].includes(r.cells.code_epci!.trim()));
    expect(expected.length).toBeLessThan(all.length);
    expect(await read(csvRowsWhere(chunked(utf8, 1000), cotentinOnly))).toEqual(expected);
    const win1252 = iconv.encode(utf8.toString('utf8'), 'win1252');
    expect(await read(csvRowsWhere(chunked(win1252, 333), cotentinOnly))).toEqual(expected);
  });

  it.each([7, 64, 100_000])(
    'splits every record without a column test, each read as csvRows reads it, one by one or in bulk (chunks of %i bytes)',
    async (size) => {
      const bytes = Buffer.from(ODD);
      const file = await csvRecordTexts(chunked(bytes, size), null);
      if ('fallback' in file) throw new Error('read whole');
      const records = [];
      for await (const batch of file.batches) records.push(...batch);
      const expected = await read(csvRows(chunked(bytes, size)));
      expect(rowsOfRecords(file.layout, records).flat()).toEqual(expected);
      expect(records.flatMap((record) => rowsOfRecords(file.layout, [record])[0]!)).toEqual(expected);
    },
  );

  it('reads a file without the column whole', async () => {
    const csv = Buffer.from('identifiant,nom\nb1,Un\nb2,"Deux\nlignes"\n');
    expect(await read(csvRowsWhere(chunked(csv, 5), cotentinOnly))).toEqual(await read(csvRows(chunked(csv, 5))));
  });
});
