import type { Readable } from 'node:stream';
import { csvRows, detectDelimiter } from '../connectors/csv-rows';
import { looksLikeUtf8 } from '../connectors/input';
import { jsonArrayItems, prop } from '../connectors/json-items';
import { suggestMapping } from './suggest-mapping';
import { openUploadStream } from './upload-store';
import type { UploadFormat } from './upload.model';

export const PREVIEW_ROWS = 10;

export interface ImportPreview {
  encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'Windows-1252';
  /** CSV only: ";", ",", "\t" or "|". */
  separator: string | null;
  columns: string[];
  rows: { line: number; cells: (string | null)[]; error: string | null }[];
  suggestedMapping: { fields: Record<string, string> };
}

const SEPARATOR_NAMES: Record<string, string> = { '\t': 'TAB' };

/** The first 64 KB of a stream (what the readers sniff the encoding from), then the stream is closed. */
async function head(stream: Readable, bytes = 64 * 1024): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    parts.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(parts).subarray(0, bytes);
}

/**
 * What the back-office shows before an import: encoding and separator as the readers will detect them,
 * the columns, the first rows parsed by the very readers the connectors use, and a suggested mapping.
 */
export async function previewUpload(uploadId: string, format: UploadFormat): Promise<ImportPreview> {
  const start = await head(openUploadStream(uploadId).stream);
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  const encoding = bom ? 'UTF-8 (BOM)' : looksLikeUtf8(start) ? 'UTF-8' : 'Windows-1252';
  if (format === 'csv') return previewCsv(uploadId, encoding, start);
  return previewGeoJson(uploadId, encoding);
}

async function previewCsv(
  uploadId: string,
  encoding: ImportPreview['encoding'],
  start: Buffer,
): Promise<ImportPreview> {
  const text = new TextDecoder(encoding === 'Windows-1252' ? 'windows-1252' : 'utf-8')
    .decode(start)
    .replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n/) >>> 0);
  const separator = detectDelimiter(firstLine);
  const rows: ImportPreview['rows'] = [];
  let columns: string[] | null = null;
  const stream = openUploadStream(uploadId).stream;
  for await (const row of csvRows(stream, { keepHeaders: true })) {
    if ('error' in row) rows.push({ line: row.line, cells: [], error: row.error });
    else {
      columns ??= Object.keys(row.cells);
      rows.push({ line: row.line, cells: columns.map((c) => row.cells[c] ?? null), error: null });
    }
    if (rows.length >= PREVIEW_ROWS) break;
  }
  stream.destroy();
  // A header-only file: its columns from the header line.
  columns ??= firstLine.split(separator).map((c) => c.replace(/^"|"$/g, '').trim());
  return {
    encoding,
    separator: SEPARATOR_NAMES[separator] ?? separator,
    columns,
    rows,
    suggestedMapping: { fields: suggestMapping(columns) as Record<string, string> },
  };
}

async function previewGeoJson(uploadId: string, encoding: ImportPreview['encoding']): Promise<ImportPreview> {
  const features: { index: number; properties: Record<string, unknown> }[] = [];
  const stream = openUploadStream(uploadId).stream;
  for await (const { index, value } of jsonArrayItems(stream, ['features'])) {
    const properties = prop(value, 'properties');
    features.push({
      index,
      properties: properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {},
    });
    if (features.length >= PREVIEW_ROWS) break;
  }
  stream.destroy();
  const columns = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  const cell = (value: unknown) =>
    value === undefined || value === null ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return {
    encoding,
    separator: null,
    columns,
    rows: features.map((f) => ({ line: f.index, cells: columns.map((c) => cell(f.properties[c])), error: null })),
    suggestedMapping: { fields: suggestMapping(columns) as Record<string, string> },
  };
}
