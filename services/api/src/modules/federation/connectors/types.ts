import type { Readable } from 'node:stream';
import type { SourceFilter, SourceMapping } from './mapping';
import type { ACTIONS, AUDIENCES, PLACE_KINDS } from '../../places';
import type { RejectionCode } from '../normalise/import-problems';

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Action = (typeof ACTIONS)[number];
export type Audience = (typeof AUDIENCES)[number];
export interface OfferDraft {
  action: Action;
  subcategories: string[];
}

/** One record as a connector read it: source values, not yet validated or normalised. */
export interface RawRecord {
  externalId: string | null;
  name: unknown;
  kind: PlaceKind;
  description?: unknown;
  street?: unknown;
  postcode?: unknown;
  commune?: unknown;
  inseeCode?: unknown;
  locality?: unknown;
  lat?: unknown;
  lng?: unknown;
  /** Lambert-93 metres, when the source gives no latitude/longitude. */
  x?: unknown;
  y?: unknown;
  phone?: unknown;
  email?: unknown;
  website?: unknown;
  siret?: unknown;
  openingHours?: unknown;
  offers?: OfferDraft[];
  labels?: string[];
  audience?: Audience | null;
  homeService?: boolean;
  homeServiceArea?: string | null;
  appointmentOnly?: boolean;
  accessibility?: unknown;
  /** Per-record attribution (LVAO `paternite`, OSM's ODbL notice). */
  attribution?: string | null;
  /** The record's own page at the source. */
  url?: string | null;
  /** EPCI SIREN, for sources filtered by EPCI. */
  epci?: string | null;
}

/**
 * What a connector yields for each line or feature: a record, or the reason it cannot be read (code
 * ROW_UNREADABLE unless the connector knows better).
 */
export type ConnectorItem =
  | { line: number; record: RawRecord }
  | { line: number; externalId: string | null; error: string; code?: RejectionCode };

/**
 * A row as a connector yields it when the run gives `ConnectorOptions.rowDigests`: a digest of its raw text
 * (under the run's salt and whatever else decides what the row becomes: equal digests, equal items), and
 * its items. A row whose digest the run has stored is not built until `build` is called.
 */
export interface DeferredItem {
  line: number;
  digest: string;
  /** The row's items, as the connector would have yielded them (none for a blank row). */
  build(): ConnectorItem[];
}

export interface ImportInput {
  /** A readable byte stream of the file or HTTP body. */
  open(): Promise<Readable>;
  /** The location as given (path or URL), for HTTP-paginated connectors. */
  location: string;
  fetchJson?: (url: string) => Promise<unknown>;
}

export interface ConnectorOptions {
  mapping: SourceMapping | null;
  /** The source's format-specific options (Source.options), validated by the connector. */
  options?: unknown;
  /** Records the licence the input is published under on the source (and the places written from now on). */
  declareLicence?: (licence: string) => Promise<void>;
  /** The source's filter: a connector may skip what it leaves out before building records (the run checks again). */
  filter?: SourceFilter | null;
  /** Work to do once a complete read's records are all stored (a repair café's sessions need its place). */
  afterRead?: (task: AfterReadTask) => void;
  /**
   * When given, a connector that can (lvao-csv's file path) yields its rows as `DeferredItem`s: `salt`
   * says how the run reads rows (options, mapping, filter, normalisation version), `stored` whether the
   * run has a digest on record (such rows are left unbuilt; the others are built at once, in bulk).
   */
  rowDigests?: { salt: string; stored(digest: string): boolean } | null;
}

/** What a connector's after-read work is given: the source, and the place each of its records is stored on. */
export interface AfterRead {
  sourceId: string;
  /** The open place a record of this run is stored on, by its external id; null when none (rejected, in review). */
  placeOf(externalId: string): string | null;
  now: Date;
}
export type AfterReadTask = (run: AfterRead) => Promise<void>;

export type Connector = (input: ImportInput, options: ConnectorOptions) => AsyncIterable<ConnectorItem | DeferredItem>;
