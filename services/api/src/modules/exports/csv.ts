// Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection"): prefixed with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180 quoting); text that could start a formula is neutralised, numbers stay numbers. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** French numbers as written in France ("+33 2 33 …" → "02 33 …"), which also keeps them formula-free. */
export function frenchPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.trim().replace(/^\+33\s*\(?0?\)?\s*/, '0');
}
