// Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection") are prefixed with a quote, as
// in the API's exports (services/api/src/modules/exports/csv.ts).
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

/** One CSV cell: RFC 4180 quoting, text that could start a formula neutralised, numbers as they are. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A chart's data as CSV text (header first), with a BOM so spreadsheets read it as UTF-8. */
export function chartCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers the CSV as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
