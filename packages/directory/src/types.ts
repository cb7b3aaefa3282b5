/** One action offered by a place for a set of LVAO sub-categories (LVAO's PropositionService). */
export interface DirectoryOffer {
  action: string;
  subcategories: readonly string[];
}

/** What the index needs to know about a publicly visible place; callers may extend it. */
export interface DirectoryPlace {
  id: string;
  slug: string;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  commune: string | null;
  inseeCode: string | null;
  description: string | null;
  offers: readonly DirectoryOffer[];
  labels: readonly string[];
  homeService: boolean;
  /** OSM opening_hours syntax. */
  openingHours: string | null;
  /**
   * The hours "open now" is evaluated on when they differ from `openingHours`: the base hours with the
   * place's seasonal sets, exceptional hours and closures folded in (`composeOpeningHours`).
   */
  effectiveOpeningHours?: string | null;
  /** Extra words for text search (offered sub-category/object labels, locality), built by the caller. */
  keywords: string;
  /**
   * How far the real place may be from its point, in metres (0 or absent: the point is the place). With
   * `near`, a place ranks by max(distance, this), so an approximate point never outranks an exact one
   * at a comparable distance.
   */
  positionUncertaintyMeters?: number;
}

export interface DirectoryFilter {
  actions?: readonly string[];
  subcategories?: readonly string[];
  categories?: readonly string[];
  kinds?: readonly string[];
  labels?: readonly string[];
  communes?: readonly string[];
  text?: string;
  openNow?: boolean;
  homeService?: boolean;
}

export interface LatLng {
  lat: number;
  lng: number;
}

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface SearchQuery {
  filter?: DirectoryFilter;
  near?: LatLng;
  radiusMeters?: number;
  bbox?: BBox;
  offset?: number;
  limit: number;
  now?: Date;
}

export interface SearchHit<T> {
  place: T;
  distanceMeters: number | null;
  score: number | null;
}

export interface SearchResult<T> {
  hits: SearchHit<T>[];
  total: number;
}

export interface FacetCounts {
  actions: Record<string, number>;
  kinds: Record<string, number>;
  labels: Record<string, number>;
}

export type MapFeature<T> =
  | { type: 'CLUSTER'; id: number; lat: number; lng: number; count: number; expansionZoom: number }
  | { type: 'PLACE'; lat: number; lng: number; count: 1; place: T };

export interface MapFeaturesQuery {
  bbox: BBox;
  zoom: number;
  filter?: DirectoryFilter;
  now?: Date;
  /**
   * The most features the answer may hold: beyond it the view is clustered one zoom level lower, and again,
   * until it fits (a 4K screen over a dense city, a script asking a huge box at street zoom).
   */
  maxFeatures?: number;
}

export interface DirectoryOptions {
  /** The LVAO category of a sub-category, so `categories` filters work. */
  categoryOf(subcategoryId: string): string | undefined;
  /**
   * Gives the event loop back between two slices of a long computation (a map clustering over the whole
   * directory). Default: `setTimeout(0)`, which works in browsers and Node; Node servers pass
   * `setImmediate`, which runs right after pending I/O without a timer's minimum delay.
   */
  yieldTurn?: () => Promise<void>;
}
