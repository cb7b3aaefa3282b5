// ADEME publishes its open data through data-fair (https://data.ademe.fr/data-fair/api/v1/…): each dataset
// answers `GET /datasets/<id>/lines` with `{ total, next, results: [row…] }`, rows being flat objects of
// strings, numbers, booleans or null, plus data-fair's own `_id`, `_i`, `_rand`, `_score` and, for
// geolocated datasets, `_geopoint` ("lat,lon"). Filters are query parameters (`<field>_eq`, `<field>_in`,
// `qs`), `size` is the page size (10 000 at most) and `next` is the following page's URL, with an `after`
// cursor; the last page has no `next`. `GET /datasets/<id>` describes the dataset, its licence included.
import { z } from 'zod';
import { isUrl } from './input';
import { jsonArrayItems, prop } from './json-items';
import { describeIssues } from './mapping';
import type { ImportInput } from './types';

/** Enough for 10 million rows at data-fair's largest page: a `next` loop ends long before. */
const MAX_PAGES = 10_000;
const DEFAULT_PAGE_SIZE = 1000;
const LINES_PATH = /^(.*\/datasets\/)([^/]+)\/lines\/?$/;

/** True for a data-fair `/datasets/<id>/lines` URL answering JSON (`?format=csv` is a CSV export). */
export function isDataFairLinesUrl(location: string): boolean {
  if (!isUrl(location)) return false;
  const url = new URL(location);
  const format = url.searchParams.get('format');
  return LINES_PATH.test(url.pathname) && (format === null || format === 'json');
}

/** The dataset id of a `/datasets/<id>/lines` URL (`donnees-eo-refashion`), or null. */
export function dataFairDatasetId(location: string): string | null {
  if (!isUrl(location)) return null;
  const match = LINES_PATH.exec(new URL(location).pathname);
  return match ? decodeURIComponent(match[2]!) : null;
}

/** The URL of another resource of the same data-fair (`datasets/<id>`, `datasets/<other>/lines`…). */
export function dataFairUrl(linesUrl: string, path: string): string {
  const url = new URL(linesUrl);
  const match = LINES_PATH.exec(url.pathname)!;
  return new URL(`${match[1]}${path}`, url.origin).toString();
}

/** A cell as text: numbers and booleans as written, null and objects as "". */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

/**
 * A SIRET from a column data-fair typed as a number: 13 digits lost their leading zero (14 is a SIRET, 9 a
 * SIREN, which is not one: left for the normaliser to refuse).
 */
export function siretText(value: unknown): string {
  const digits = cellText(value).replace(/\.0+$/, '').replace(/\D/g, '');
  return digits.length === 13 && typeof value === 'number' ? `0${digits}` : digits;
}

/** `_geopoint` "49.63,-1.62" → { lat, lng } as text; empty when absent or malformed (the record then has none). */
export function geopoint(row: Record<string, unknown>): { lat: string; lng: string } {
  const [lat, lng, extra] = cellText(row._geopoint).split(',');
  if (lat === undefined || lng === undefined || extra !== undefined) return { lat: '', lng: '' };
  return { lat: lat.trim(), lng: lng.trim() };
}

export type DataFairRow = { line: number; row: Record<string, unknown> } | { line: number; error: string };

/**
 * Every row of a data-fair dataset, page after page through the `next` links, numbered from 1 across
 * pages. A location that is not a `/lines` URL is read as one saved answer (a file of `{results: […]}`).
 */
export async function* dataFairRows(input: ImportInput): AsyncGenerator<DataFairRow> {
  let line = 0;
  const rowOf = (value: unknown): DataFairRow =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? { line: ++line, row: value as Record<string, unknown> }
      : { line: ++line, error: 'row is not a JSON object' };
  if (!isDataFairLinesUrl(input.location) || !input.fetchJson) {
    for await (const { value } of jsonArrayItems(await input.open(), ['results'])) yield rowOf(value);
    return;
  }
  const first = new URL(input.location);
  const origin = first.origin;
  // data-fair answers 12 rows a page unless told: ask for 1 000 (10 000 at most).
  if (!first.searchParams.has('size')) first.searchParams.set('size', String(DEFAULT_PAGE_SIZE));
  let url: string | null = first.toString();
  for (let page = 0; url; page += 1) {
    if (page >= MAX_PAGES) throw new Error(`${input.location} has more than ${MAX_PAGES} pages`);
    const body = await input.fetchJson(url);
    const results = prop(body, 'results');
    if (!Array.isArray(results)) throw new Error(`${url} did not answer a data-fair page ({ results: […] })`);
    for (const value of results) yield rowOf(value);
    const next = prop(body, 'next');
    // An empty page ends the read even with a `next` link: a cursor that does not move would loop forever.
    url = typeof next === 'string' && next && results.length > 0 ? new URL(next, url).toString() : null;
    // The pages of a dataset are on its server: a `next` link elsewhere is not followed.
    if (url && new URL(url).origin !== origin) throw new Error(`${input.location}: a next page link leaves ${origin}`);
  }
}

export interface DataFairLicence {
  title: string;
  href: string | null;
}

/** The licence a data-fair dataset declares (`GET /datasets/<id>` → `license`), or null when it declares none. */
export async function dataFairLicence(input: ImportInput): Promise<DataFairLicence | null> {
  if (!isDataFairLinesUrl(input.location) || !input.fetchJson) return null;
  const id = dataFairDatasetId(input.location)!;
  const meta = await input.fetchJson(dataFairUrl(input.location, encodeURIComponent(id)));
  const licence = prop(meta, 'license');
  const title = cellText(prop(licence, 'title')).trim();
  if (!title) return null;
  const href = cellText(prop(licence, 'href')).trim();
  return { title, href: href || null };
}

/** Licences that let anyone reuse the data with attribution (Etalab's list of licences for public data). */
const OPEN_LICENCES = [
  /licence ouverte|open licen[cs]e|etalab/,
  /odbl|open database license/,
  /\bcc[ -]?by\b(?![ -]?(nc|nd))|creative commons attribution(?! ?-? ?(non|no))/,
  /\bcc0\b|public domain|domaine public/,
];

/** True when the licence is one of the open licences above (by its title or its URL). */
export function isOpenLicence(licence: DataFairLicence): boolean {
  const text = `${licence.title} ${licence.href ?? ''}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/\b(nc|nd)\b|non[ -]?commercial|no ?derivative|pas d.utilisation commerciale|fermee|restreint/.test(text))
    return false;
  return OPEN_LICENCES.some((pattern) => pattern.test(text));
}

/**
 * Options of every source read from data-fair (lvao-csv and sinoe through the API, eco-organismes):
 * `acceptedLicence`, the exact title of a licence that is not open, which the operator has checked allows
 * this use. A dataset under a licence that is not open, or none, is refused (LICENCE_NOT_ACCEPTED) unless it
 * is this one; if the publisher changes the licence, runs are refused again.
 */
export const dataFairSourceOptionsSchema = z
  .object({ acceptedLicence: z.string().trim().min(1).max(300).optional() })
  .strict();
export type DataFairSourceOptions = z.infer<typeof dataFairSourceOptionsSchema>;

/** The licence title of a dataset that declares none, to be accepted as such. */
export const NO_LICENCE = 'aucune licence déclarée';

/** A run refused because of the dataset's licence; the message starts with its stable code. */
export class LicenceNotAcceptedError extends Error {
  readonly code = 'LICENCE_NOT_ACCEPTED';
  constructor(dataset: string, licence: DataFairLicence) {
    super(
      `LICENCE_NOT_ACCEPTED: ${dataset} is published under "${licence.title}", which is not an open licence. ` +
        `Import it only after checking the licence allows it, by setting the source option acceptedLicence to "${licence.title}".`,
    );
  }
}

const sameLicence = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Before any row is read: the dataset's licence (or none) is refused unless open or accepted by the
 * operator, then declared to the run (stored on the source, shown with each place). A saved file is not
 * checked: it is under the licence recorded on its source.
 */
export async function enforceLicence(
  input: ImportInput,
  acceptedLicence: string | undefined,
  declareLicence: ((licence: string) => Promise<void>) | undefined,
): Promise<void> {
  if (!isDataFairLinesUrl(input.location) || !input.fetchJson) return;
  const licence = (await dataFairLicence(input)) ?? { title: NO_LICENCE, href: null };
  const accepted = acceptedLicence !== undefined && sameLicence(acceptedLicence, licence.title);
  if (!isOpenLicence(licence) && !accepted)
    throw new LicenceNotAcceptedError(dataFairDatasetId(input.location)!, licence);
  await declareLicence?.(licence.title);
}

/** The options of a data-fair source, or an error saying which is wrong. */
export function dataFairOptions<T extends z.ZodType>(schema: T, format: string, options: unknown): z.infer<T> {
  const check = schema.safeParse(options ?? {});
  if (!check.success) throw new Error(`the ${format} source's options are invalid: ${describeIssues(check.error)}`);
  return check.data;
}
