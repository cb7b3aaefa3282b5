/**
 * What an import says about a row, with a stable code (GraphQL enums ImportRejectionCode and
 * ImportWarningCode, the CLI's `--json` output, docs/staff-guide.md). A rejected row writes nothing; a
 * warned row is imported without the value named (never guessed), and the warning says which one.
 */
export const REJECTION_CODES = [
  /** The line or feature cannot be read (wrong number of cells, broken JSON, bad LVAO offers). */
  'ROW_UNREADABLE',
  /** An OpenStreetMap object without any reuse, second-hand, repair or give-box tag. */
  'NOT_A_REUSE_PLACE',
  'NAME_MISSING',
  'COORDINATES_UNREADABLE',
  /** Coordinates outside France, usually latitude and longitude swapped. */
  'COORDINATES_OUTSIDE_FRANCE',
  /** Neither coordinates nor an address to geocode. */
  'LOCATION_MISSING',
  /** Only an address, and the server has address geocoding turned off. */
  'GEOCODING_DISABLED',
  'ADDRESS_NOT_FOUND',
  /** The geocoder failed (timeout, outage): importing the file again later will locate the row. */
  'GEOCODER_UNAVAILABLE',
  /** The row's identifier is already used by an earlier row of the same file. */
  'DUPLICATE_ID',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const WARNING_CODES = [
  'HOURS_UNREADABLE',
  'PHONE_INVALID',
  'EMAIL_INVALID',
  'WEBSITE_INVALID',
  'POSTCODE_INVALID',
  'INSEE_CODE_INVALID',
  'SIRET_INVALID',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Rejection {
  line: number;
  externalId: string | null;
  code: RejectionCode;
  reason: string;
}

/** A value of a record left out of its place, because it cannot be read (never guessed). */
export interface ValueWarning {
  code: WarningCode;
  /** The record field it came from (openingHours, phone, email, website, postcode, inseeCode, siret). */
  field: string;
  /** The value as given, cut to 200 characters. */
  value: string;
  reason: string;
}

/** A ValueWarning with the row it came from. */
export interface RowWarning extends ValueWarning {
  line: number;
  externalId: string | null;
}

/** Rows rejected or warned kept on a run, so a huge broken file cannot bloat the document. */
export const MAX_STORED_PROBLEMS = 1000;
