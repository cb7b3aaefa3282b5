// Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection"): prefixed with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null | undefined;

/** How cells are separated and numbers written: RFC 4180, or what French Excel opens with a double-click. */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimalComma: boolean;
}

export const RFC_4180: CsvDialect = { delimiter: ',', decimalComma: false };
/** `;` between cells and `49,6486` for numbers, as French Excel expects (send it after a UTF-8 BOM). */
export const FRENCH_EXCEL: CsvDialect = { delimiter: ';', decimalComma: true };
/** Makes Excel read the file as UTF-8 (otherwise "Emmaüs" shows as "EmmaÃ¼s"). */
export const UTF8_BOM = '\uFEFF';

/** One CSV cell (RFC 4180 quoting); text that could start a formula is neutralised, numbers stay numbers. */
export function csvCell(value: Cell, dialect: CsvDialect = RFC_4180): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return dialect.decimalComma ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const special = dialect.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly Cell[], dialect: CsvDialect = RFC_4180): string {
  return `${values.map((value) => csvCell(value, dialect)).join(dialect.delimiter)}\r\n`;
}

/** French numbers as written in France ("+33 2 33 …" → "02 33 …"), which also keeps them formula-free. */
export function frenchPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.trim().replace(/^\+33\s*\(?0?\)?\s*/, '0');
}
