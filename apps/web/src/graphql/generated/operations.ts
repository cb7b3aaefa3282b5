/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** What a resident wants to do with an object (LVAO action). See ActionInfo.lvaoCode for the national code. */
export type Action =
  /** emprunter */
  | 'BORROW'
  /** acheter (second-hand) */
  | 'BUY'
  /** donner */
  | 'DONATE'
  /** trier: drop off at a collection point or recycling centre */
  | 'DROP_OFF'
  /** echanger */
  | 'EXCHANGE'
  /** preter */
  | 'LEND'
  /** louer */
  | 'RENT'
  /** mettreenlocation */
  | 'RENT_OUT'
  /** reparer */
  | 'REPAIR'
  /** rapporter: take back to a shop */
  | 'RETURN'
  /** revendre */
  | 'SELL';

export type ActorType =
  /** The REEMPLOI_ADMIN_TOKEN. */
  | 'ADMIN_TOKEN'
  /** An import run of a source. */
  | 'IMPORT'
  /** A suggestion from the public, accepted by a moderator (userId / email). */
  | 'SUGGESTION'
  | 'SYSTEM'
  /** A signed-in staff member. */
  | 'USER';

export type AddressInput = {
  commune?: string | null | undefined;
  inseeCode?: string | null | undefined;
  locality?: string | null | undefined;
  /** 5 digits. */
  postcode?: string | null | undefined;
  street?: string | null | undefined;
};

/** What an API key may do. READ: public queries with the key's limits. ADMIN: also manage API keys. */
export type ApiKeyScope =
  | 'ADMIN'
  | 'READ';

export type Audience =
  | 'BOTH'
  | 'PROFESSIONALS'
  | 'PUBLIC';

export type AuditAction =
  | 'CLEAR_OVERRIDE'
  /** Someone said the listing is still accurate (confirmPlace); no field changes. */
  | 'CONFIRM'
  | 'CREATE'
  | 'IMPORT'
  | 'REVERT'
  | 'STATUS'
  | 'SUGGESTION'
  | 'UPDATE';

export type BBoxInput = {
  east: number;
  north: number;
  south: number;
  west: number;
};

export type BoardFilter = {
  category?: string | null | undefined;
  /** Pick-up commune (name, any case). */
  commune?: string | null | undefined;
  kind?: BoardPostKind | null | undefined;
  /** The viewer's own organisation's posts, closed, hidden and expired ones included (a STRUCTURE account). */
  mine?: boolean | null | undefined;
  /** One structure's posts. */
  organizationId?: string | number | null | undefined;
  /** CLOSED or HIDDEN posts, for moderators (ADMIN, EDITOR, MODERATOR); default: the open board. */
  status?: BoardPostStatus | null | undefined;
  /** An LVAO sub-category, or a category (all its sub-categories). */
  subCategory?: string | null | undefined;
  type?: BoardPostType | null | undefined;
};

export type BoardNotificationMode =
  /** One digest a day (sent from 8:00, Paris time). */
  | 'DAILY'
  /** One mail per matching offer. */
  | 'IMMEDIATE'
  | 'NONE';

/**
 * A post's content (creating replaces nothing; updating replaces every field). Bad input: BAD_USER_INPUT with
 * `field` and a stable `problem` (NEGATIVE_QUANTITY, EXPIRY_IN_PAST, EXPIRY_TOO_FAR, UNKNOWN_SUB_CATEGORY,
 * UNKNOWN_COMPETENCE, PICKUP_NOT_OWN_PLACE, PICKUP_NOT_A_COMMUNE, UNKNOWN_PHOTO…); nothing is stored.
 */
export type BoardPostInput = {
  availability?: string | null | undefined;
  /** A code of the competences vocabulary (`competences`); any other: UNKNOWN_COMPETENCE. */
  competence?: string | null | undefined;
  /** Default: the structure profile's e-mail and phone. */
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  /** ISO date-time, in the future, at most a year ahead. */
  expiresAt: string;
  kind: BoardPostKind;
  /** Photos uploaded with POST /board/photos (at most 6). */
  photoIds?: Array<string | number> | null | undefined;
  /** …or a commune (a name or an INSEE code, no street address). */
  pickupCommune?: string | null | undefined;
  /** One of the organisation's places… */
  pickupPlaceId?: string | number | null | undefined;
  /** Show the contact to anonymous visitors (default false). */
  publicContact?: boolean | null | undefined;
  /** Greater than 0; with `unit`. Required for MATERIAL. */
  quantity?: number | null | undefined;
  /** Required for MATERIAL. */
  subCategory?: string | null | undefined;
  title: string;
  type: BoardPostType;
  unit?: QuantityUnit | null | undefined;
};

/** An offer or a need of the resource board between structures. */
export type BoardPostKind =
  | 'NEED'
  | 'OFFER';

/** OPEN on the board until it expires; CLOSED by its author; HIDDEN by a moderator. */
export type BoardPostStatus =
  | 'CLOSED'
  | 'HIDDEN'
  | 'OPEN';

/** What is offered or needed. */
export type BoardPostType =
  /** Equipment to share (a van on Tuesdays, a trailer, tools). */
  | 'EQUIPMENT'
  /** Materials and surplus stock (an LVAO sub-category, a quantity). */
  | 'MATERIAL'
  /** Skills (a term of the competences vocabulary). */
  | 'SKILL'
  /** Spaces to share (storage, a workshop). */
  | 'SPACE'
  | 'VOLUNTEERS';

export type BoardSubscriptionInput = {
  /** Default: the signed-in account's e-mail. */
  email?: string | null | undefined;
  mode: BoardNotificationMode;
  /** Default 30, 1 to 200. */
  radiusKm?: number | null | undefined;
};

export type ClosureDecision =
  | 'CONFIRM'
  | 'DISMISS';

export type ConfirmerType =
  /** A source still listed the place in its last complete import. */
  | 'SOURCE'
  /** The syndicate's staff edited or confirmed it. */
  | 'STAFF'
  /** The structure running the place said it is still accurate (or edited it). */
  | 'STRUCTURE';

export type ContactInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** https://… */
  website?: string | null | undefined;
};

export type CreateApiKeyInput = {
  name: string;
  /** Origins such as https://www.valognes.fr (scheme and host, no path). */
  origins?: Array<string> | null | undefined;
  /** Requests per minute; the server's default for keys when omitted. */
  ratePerMinute?: number | null | undefined;
  scopes?: Array<ApiKeyScope> | null | undefined;
  territory?: Array<string> | null | undefined;
};

export type CreatePlaceInput = {
  /** name, kind and location are required. */
  fields: PlaceFieldsInput;
  /** ADMIN only; other roles create places for their own organisation. */
  organizationId?: string | number | null | undefined;
  /** DRAFT (invisible to the public) or PUBLISHED. */
  status?: PlaceStatus | null | undefined;
};

export type CreateWebhookInput = {
  apiKeyId: string | number;
  /** Told by e-mail when the webhook is disabled. */
  contactEmail: string;
  kinds: Array<PlaceChangeKind>;
  /** Communes (names or INSEE codes) within the key's territory; empty: the key's territory. */
  territory?: Array<string> | null | undefined;
  /** https:// URL at a public address (same address rules as imports). */
  url: string;
};

/** HAVE: 'I have an object'; SEEK: 'I am looking for an object'. */
export type Direction =
  | 'HAVE'
  | 'SEEK';

export type EventFilter = {
  /** Events concerning one of these actions (events that name no action concern them all). */
  actions?: Array<string> | null | undefined;
  /** INSEE codes of communes. */
  communes?: Array<string> | null | undefined;
  kinds?: Array<EventKind> | null | undefined;
  subcategories?: Array<string> | null | undefined;
};

/**
 * An event to publish. `startsAt`/`endsAt`: the first occurrence, local times in Paris (`2027-01-09T14:00`).
 * `recurrence`: an RFC 5545 RRULE value that ends (COUNT ≤ 500, or UNTIL at most two years after startsAt).
 * Either `placeId` (the event is at that place, and belongs to its organisation) or `venue` (and
 * `organizationId`, an administrator's choice; others publish for their own organisation).
 */
export type EventInput = {
  actions?: Array<string> | null | undefined;
  bookingUrl?: string | null | undefined;
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  endsAt: string;
  kind: EventKind;
  organizationId?: string | number | null | undefined;
  placeId?: string | number | null | undefined;
  recurrence?: string | null | undefined;
  startsAt: string;
  subcategories?: Array<string> | null | undefined;
  title: string;
  venue?: EventVenueInput | null | undefined;
};

/** What an event is. */
export type EventKind =
  | 'COLLECTION'
  | 'OTHER'
  | 'REPAIR_CAFE'
  | 'SALE'
  | 'WORKSHOP';

export type EventStatus =
  /** Withdrawn by its publisher: no longer in the agenda nor in the feeds. */
  | 'CANCELLED'
  | 'SCHEDULED';

export type EventVenueInput = {
  commune: string;
  inseeCode: string;
  lat: number;
  lng: number;
  name: string;
  postcode?: string | null | undefined;
  street?: string | null | undefined;
};

/** The answer to « Avez-vous trouvé ? ». */
export type FoundItAnswer =
  | 'FOUND'
  | 'INFO_WRONG'
  | 'NOT_FOUND'
  | 'PLACE_CLOSED';

export type FreshnessStatus =
  /** Confirmed within the last 12 months. */
  | 'FRESH'
  /** Not confirmed for 12 months: shown « À vérifier » / « To be checked ». */
  | 'TO_VERIFY';

export type GeoPointInput = {
  lat: number;
  lng: number;
};

/** The kind of place that takes a hazardous object. */
export type HazardChannel =
  /** A recycling centre's hazardous household waste point, in the original container. */
  | 'HAZARDOUS_WASTE_DROP_OFF'
  /** A pharmacy (unused medicines; sharps boxes are handed out and taken back there). */
  | 'PHARMACY'
  /** Back to a seller of the same kind of product (take-back is compulsory), or a recycling centre. */
  | 'RETAILER_TAKE_BACK'
  /** A certified professional, or a recycling centre that accepts it by appointment only (asbestos). */
  | 'SPECIALIST';

export type ImpactDeclarationInput = {
  inseeCode: string;
  /** 1 to 2000 lines, one per sub-category, flow and outcome. */
  lines: Array<ImpactLineInput>;
  /** YYYY-MM, not after the current month (Europe/Paris). */
  month: string;
  organizationId: string | number;
};

/**
 * PENDING: waiting for staff; VALIDATED: counted in the public figures; REJECTED: refused, with a reason;
 * SUPERSEDED: replaced by a later version of the same month (kept as history).
 */
export type ImpactDeclarationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED'
  | 'VALIDATED';

/** ITEM: kg CO2e per item reused or repaired; KG: per kg reused or repaired (and `recycleKgCo2e` per kg recycled). */
export type ImpactFactorUnit =
  | 'ITEM'
  | 'KG';

/** Received by a structure, or passed on by it (then with an outcome). */
export type ImpactFlow =
  | 'PASSED_ON'
  | 'RECEIVED';

export type ImpactLineInput = {
  flow: ImpactFlow;
  /** Number of items, ≥ 0. */
  items?: number | null | undefined;
  /** Weight in kg, ≥ 0. Give kg, items or both. */
  kg?: number | null | undefined;
  /** Required for PASSED_ON, empty for RECEIVED. */
  outcome?: ImpactOutcome | null | undefined;
  /** An LVAO sub-category id (e.g. meuble, velo). */
  subcategoryId: string | number;
};

/** What became of what a structure passed on. */
export type ImpactOutcome =
  | 'RECYCLED'
  | 'REPAIRED'
  | 'REUSED';

/** Why a row was not imported. Stable: safe to branch on. */
export type ImportRejectionCode =
  | 'ADDRESS_NOT_FOUND'
  /** Coordinates outside France, usually latitude and longitude swapped. */
  | 'COORDINATES_OUTSIDE_FRANCE'
  | 'COORDINATES_UNREADABLE'
  /** The row's identifier is already used by an earlier row of the file. */
  | 'DUPLICATE_ID'
  /** The geocoder failed (timeout, outage): importing the file again later locates the row. */
  | 'GEOCODER_UNAVAILABLE'
  /** Only an address, and address geocoding is turned off on the server. */
  | 'GEOCODING_DISABLED'
  /** Neither coordinates nor an address to geocode. */
  | 'LOCATION_MISSING'
  | 'NAME_MISSING'
  /** An OpenStreetMap object with no reuse, second-hand, repair or give-box tag. */
  | 'NOT_A_REUSE_PLACE'
  /** The line or feature cannot be read: wrong number of cells, broken JSON, unreadable LVAO offers. */
  | 'ROW_UNREADABLE';

export type ImportRunStatus =
  | 'FAILED'
  | 'INTERRUPTED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type ImportUploadFormat =
  | 'CSV'
  | 'GEOJSON';

export type ImportUploadInput = {
  /** Field mapping (see docs/operations.md), saved on the source. */
  mapping: unknown;
  /** …or a new source (its format is the file's). */
  newSource?: NewSourceInput | null | undefined;
  /** An existing CSV or GeoJSON source of the file's format… */
  sourceId?: string | number | null | undefined;
  uploadId: string | number;
};

/** Which value of an imported row was left out. Stable: safe to branch on. */
export type ImportWarningCode =
  | 'EMAIL_INVALID'
  /** Opening hours that are neither OSM opening_hours nor a French wording we can read. */
  | 'HOURS_UNREADABLE'
  | 'INSEE_CODE_INVALID'
  | 'PHONE_INVALID'
  | 'POSTCODE_INVALID'
  | 'SIRET_INVALID'
  /** Not an http(s) address. */
  | 'WEBSITE_INVALID';

/** Insertion (IAE) and adapted-work types of a structure. */
export type InsertionType =
  | 'ACI'
  | 'AI'
  | 'EA'
  | 'EI'
  | 'ESAT'
  | 'ETTI';

export type InviteUserInput = {
  email: string;
  name?: string | null | undefined;
  /** Required for EDITOR, STRUCTURE and COLLECTIVITY. */
  organizationId?: string | number | null | undefined;
  role: Role;
};

export type Lang =
  | 'EN'
  | 'FR';

/** How precise Place.location is. COMMUNE means the point is only the commune's centre. */
export type LocationPrecision =
  | 'ADDRESS'
  | 'COMMUNE'
  | 'EXACT'
  | 'STREET';

export type ManagedPlacesFilter = {
  kinds?: Array<PlaceKind> | null | undefined;
  organizationId?: string | number | null | undefined;
  statuses?: Array<PlaceStatus> | null | undefined;
  /** Part of the name, commune or slug (case-insensitive). */
  text?: string | null | undefined;
};

export type MapFeatureType =
  | 'CLUSTER'
  | 'PLACE';

/** How sure resolveObject is of a match. */
export type MatchConfidence =
  /** The object as named: exact name, plural, accents, one typo (score ≥ 0.75). */
  | 'HIGH'
  /** Approximate: only part of the text, or its family, is recognised; show it as a guess. */
  | 'LOW'
  /** A close reading: a word being typed, a word of the same stem, most of the words (score ≥ 0.45). */
  | 'MEDIUM';

export type NewSourceInput = {
  attribution?: string | null | undefined;
  licence?: string | null | undefined;
  name: string;
  /** 0..100, higher wins (70 by default for your own files). */
  priority?: number | null | undefined;
};

/**
 * The places a notice goes to: the given ids, plus every published or draft place the caller may edit of
 * these kinds and/or in these communes (names or INSEE codes; kinds and communes together: both must
 * match). At most 500 places.
 */
export type NoticeTargetInput = {
  communes?: Array<string> | null | undefined;
  kinds?: Array<PlaceKind> | null | undefined;
  placeIds?: Array<string | number> | null | undefined;
};

/** One action × the sub-categories (LVAO ids) it applies to. */
export type OfferInput = {
  action: Action;
  subcategories: Array<string | number>;
};

export type OfferedCompetenceInput = {
  code: string;
  /** Empty: the structure's whole territory. */
  communes?: Array<string> | null | undefined;
};

/** What an organisation is. */
export type OrganizationKind =
  /** A local authority (commune, intercommunality): its territory is its communes. */
  | 'COLLECTIVITY'
  | 'OTHER'
  | 'PARTNER'
  | 'STRUCTURE'
  | 'SYNDICATE';

export type PendingClosureStatus =
  /** Staff confirmed: the places were closed. */
  | 'CONFIRMED'
  /** Staff kept the places open; the next complete run decides again. */
  | 'DISMISSED'
  /** Waiting for staff: the places are still open. */
  | 'PENDING'
  /** A later complete run of the source decided again. */
  | 'SUPERSEDED';

/**
 * What a change to the public directory is. Open: new kinds are added over time (NOTICE and EVENT come
 * from the notices and events modules); a client should treat a kind it does not know as UPDATED.
 */
export type PlaceChangeKind =
  /** A place was closed for good (it stays listed as closed). */
  | 'CLOSED'
  /** A place appeared in the public directory (new, or published). */
  | 'CREATED'
  /** An event of a place's agenda changed. */
  | 'EVENT'
  /** A place's notices changed (temporary closure, exceptional hours, message). */
  | 'NOTICE'
  /** A place left the public directory (unpublished or archived): remove it from a mirror. */
  | 'REMOVED'
  | 'UPDATED';

/**
 * Fields of a place for a staff edit or a public suggestion. A field left out is unchanged; null or an
 * empty string clears it. Sub-categories and labels are checked against the taxonomy, hours against the
 * OSM opening_hours syntax.
 */
export type PlaceFieldsInput = {
  accessibility?: string | null | undefined;
  address?: AddressInput | null | undefined;
  appointmentOnly?: boolean | null | undefined;
  audience?: Audience | null | undefined;
  contact?: ContactInput | null | undefined;
  description?: string | null | undefined;
  homeService?: boolean | null | undefined;
  kind?: PlaceKind | null | undefined;
  /** Label ids (see Query.labels / Place.labels). */
  labels?: Array<string | number> | null | undefined;
  location?: GeoPointInput | null | undefined;
  locationPrecision?: LocationPrecision | null | undefined;
  name?: string | null | undefined;
  offers?: Array<OfferInput> | null | undefined;
  openingHours?: string | null | undefined;
};

export type PlaceFilter = {
  /** Places with an offer for any of these actions. */
  actions?: Array<Action> | null | undefined;
  /** Places accepting any sub-category of these categories (combined with actions on the same offer). */
  categories?: Array<string | number> | null | undefined;
  /** Commune names or INSEE codes. */
  communes?: Array<string> | null | undefined;
  homeService?: boolean | null | undefined;
  kinds?: Array<PlaceKind> | null | undefined;
  /** Places having any of these labels. */
  labels?: Array<string | number> | null | undefined;
  /** true: only places open right now (Europe/Paris, French public holidays). */
  openNow?: boolean | null | undefined;
  /** Places accepting any of these sub-categories (combined with actions on the same offer). */
  subcategories?: Array<string | number> | null | undefined;
  /** French full-text search on names, descriptions, communes and accepted objects. */
  text?: string | null | undefined;
};

export type PlaceKind =
  | 'CHARITY_SHOP'
  | 'COLLECTION_POINT'
  | 'INSERTION'
  | 'OTHER'
  | 'RECYCLING_CENTRE'
  | 'REPAIRER'
  | 'REPAIR_CAFE'
  | 'RESSOURCERIE'
  | 'SECOND_HAND_SHOP'
  | 'SHARING';

/**
 * A notice to add. CLOSURE: startsOn, endsOn, reason (≤ 80 characters). EXCEPTIONAL_HOURS: startsOn, endsOn,
 * openingHours. SEASONAL_HOURS: 1 to 4 seasons. NOTICE: message (≤ 280 characters), endsOn (startsOn
 * defaults to today). Days are YYYY-MM-DD, inclusive, ending today at the earliest and within two years.
 * Texts are plain text: markup (<b>, <script>…) is refused.
 */
export type PlaceNoticeInput = {
  endsOn?: string | null | undefined;
  kind: PlaceNoticeKind;
  message?: string | null | undefined;
  openingHours?: string | null | undefined;
  reason?: string | null | undefined;
  seasons?: Array<SeasonHoursInput> | null | undefined;
  startsOn?: string | null | undefined;
};

/** What a notice on a place says. */
export type PlaceNoticeKind =
  /** Closed from startsOn to endsOn (inclusive), for `reason` (« grève », « travaux », « intempéries »…). */
  | 'CLOSURE'
  /** From startsOn to endsOn, `openingHours` replace the usual hours (a day they do not mention is closed). */
  | 'EXCEPTIONAL_HOURS'
  /** A free `message` for residents until endsOn (« benne textile pleine, passez la semaine prochaine »). */
  | 'NOTICE'
  /** Every year, each season's hours replace the usual hours between its dates (e.g. summer 04-01 to 09-30). */
  | 'SEASONAL_HOURS';

/** What a resident did with a place (counted anonymously; SHOWN is counted by the search itself). */
export type PlaceOutcome =
  | 'CALLED'
  | 'DIRECTIONS'
  | 'OPENED'
  | 'WEBSITE';

export type PlaceStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type PlaceVersionInput = {
  id: string | number;
  version: number;
};

export type QuantityUnit =
  | 'KG'
  | 'LINEAR_M'
  | 'LOT'
  | 'M2'
  | 'M3'
  | 'PALLET'
  | 'PERSON'
  | 'PIECE'
  | 'TONNE';

/** Staff roles. ADMIN: everything, accounts. EDITOR: places (and sources) of their organisation. STRUCTURE: places of their organisation. MODERATOR: the suggestion queue. COLLECTIVITY: a local authority, reads the network's non-public parts on its territory (its organisation's communes). */
export type Role =
  | 'ADMIN'
  | 'COLLECTIVITY'
  | 'EDITOR'
  | 'MODERATOR'
  | 'STRUCTURE';

export type SeasonHoursInput = {
  from: string;
  openingHours: string;
  to: string;
};

/** Format of a source's data (see docs/operations.md). */
export type SourceFormat =
  | 'CSV'
  | 'DATA_INCLUSION'
  | 'DEMO'
  | 'ECO_ORGANISMES'
  | 'GEOJSON'
  | 'LVAO_CSV'
  | 'MANUAL'
  | 'OSM_OVERPASS'
  | 'REPAIR_EVENTS'
  | 'REPARACTEURS'
  | 'SINOE';

/** Find a partner: every criterion given must hold. */
export type StructureFilter = {
  /** At least one must be covered. A COLLECTIVITY searches within its territory (FORBIDDEN OUTSIDE_TERRITORY beyond). */
  communes?: Array<string> | null | undefined;
  /** Each must be offered (in one of `communes` when given). */
  competences?: Array<string> | null | undefined;
  /** At least one. */
  insertionTypes?: Array<InsertionType> | null | undefined;
  minCapacity?: number | null | undefined;
};

/** A structure's whole profile (replaces the stored one). Bad input: BAD_USER_INPUT with `field`, nothing stored. */
export type StructureProfileInput = {
  capacity?: number | null | undefined;
  competences?: Array<OfferedCompetenceInput> | null | undefined;
  contactPerson?: string | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  ess?: boolean | null | undefined;
  insertionJobs?: number | null | undefined;
  insertionTypes?: Array<InsertionType> | null | undefined;
  legalForm?: string | null | undefined;
  networks?: Array<string> | null | undefined;
  phone?: string | null | undefined;
  siret?: string | null | undefined;
  territory?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

export type SuggestionInput = {
  /** Optional, to be asked a question; never shown publicly. */
  contactEmail?: string | null | undefined;
  /** For DUPLICATE: the place to keep. */
  duplicateOfId?: string | number | null | undefined;
  /** What should change (CORRECTION, MOVED) or the new place (NEW_PLACE: name, kind and location required). */
  fields?: PlaceFieldsInput | null | undefined;
  kind: SuggestionKind;
  /** Anything to tell the moderators (2000 characters at most). */
  note?: string | null | undefined;
  /** The place concerned (not for NEW_PLACE). */
  placeId?: string | number | null | undefined;
  /** Leave empty. Forms hide this field; only robots fill it. */
  website?: string | null | undefined;
};

export type SuggestionKind =
  /** The place has closed. */
  | 'CLOSED'
  /** A correction of any fields of a place. */
  | 'CORRECTION'
  /** The place is listed twice (placeId duplicates duplicateOfId). */
  | 'DUPLICATE'
  /** The place has moved (new address / location in fields). */
  | 'MOVED'
  /** A place missing from the directory. */
  | 'NEW_PLACE';

export type SuggestionStatus =
  | 'ACCEPTED'
  | 'PARTIALLY_ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type UpdateOrganizationInput = {
  kind?: OrganizationKind | null | undefined;
  /**
   * Communes (names or INSEE codes): a structure's area, or a collectivity's territory. A COLLECTIVITY's are
   * communes of the syndicate's territory (`territoryCommunes`), stored as INSEE codes; any other entry is
   * refused (BAD_USER_INPUT, problem UNKNOWN_COMMUNE, the entries in `communes`) and nothing is stored.
   */
  territory?: Array<string> | null | undefined;
};

export type UpdateUserInput = {
  /** A disabled account cannot sign in; its sessions are closed at once. */
  disabled?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  role?: Role | null | undefined;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  /** Given up after the retry window. */
  | 'FAILED'
  | 'PENDING';

export type WebhookStatus =
  | 'ACTIVE'
  /** Stopped after failing for the whole retry window (24 h); its contact was e-mailed. */
  | 'DISABLED';

export type AcceptSuggestionMutationVariables = Exact<{
  id: string | number;
  fields?: Array<string> | string | null | undefined;
  placeVersion?: number | null | undefined;
}>;


export type AcceptSuggestionMutation = { acceptSuggestion: { suggestion: { id: string, status: SuggestionStatus } | null, problems: Array<{ field: string, message: string }> } };

export type AddObjectSynonymMutationVariables = Exact<{
  term: string;
  subcategoryId: string | number;
}>;


export type AddObjectSynonymMutation = { addObjectSynonym: { id: string, term: string } };

export type ApiKeyRowFragment = { id: string, name: string, prefix: string, origins: Array<string>, ratePerMinute: number, territory: Array<string>, scopes: Array<ApiKeyScope>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, usage: Array<{ month: string, requests: number, rateLimited: number }> };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, origins: Array<string>, ratePerMinute: number, territory: Array<string>, scopes: Array<ApiKeyScope>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, usage: Array<{ month: string, requests: number, rateLimited: number }> }>, apiKeyLimits: { defaultRatePerMinute: number, maxRatePerMinute: number } };

export type CategoriesQueryVariables = Exact<{
  lang: Lang;
}>;


export type CategoriesQuery = { categories: Array<{ id: string, label: string, subcategories: Array<{ id: string, label: string }> }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { ok: boolean, problems: Array<{ field: string, message: string }> } };

export type ClearOverrideMutationVariables = Exact<{
  placeId: string | number;
  version: number;
  field: string;
  lang: Lang;
}>;


export type ClearOverrideMutation = { clearOverride: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } };

export type ClosePlaceMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
  lang: Lang;
}>;


export type ClosePlaceMutation = { closePlace: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } };

export type ClosePlacesMutationVariables = Exact<{
  places: Array<PlaceVersionInput> | PlaceVersionInput;
  note?: string | null | undefined;
}>;


export type ClosePlacesMutation = { closePlaces: { results: Array<{ id: string, error: { code: string, message: string } | null }>, problems: Array<{ field: string, message: string }> } };

export type CollectivityTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CollectivityTerritoriesQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind, territory: Array<string> }>, territoryCommunes: Array<{ insee: string, name: string }> };

export type CommuneDemandQueryVariables = Exact<{
  from: string;
  to: string;
  subcategoryIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CommuneDemandQuery = { insights: { from: string, to: string, communes: Array<{ inseeCode: string, searches: number, nothingWithin5Km: number, nothingWithin15Km: number, nothingWithin30Km: number }> } };

export type ConfirmPlaceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmPlaceMutation = { confirmPlace: { id: string, version: number, place: { freshness: { status: FreshnessStatus, confirmedAt: string } } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string, origins: Array<string>, ratePerMinute: number, territory: Array<string>, scopes: Array<ApiKeyScope>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, usage: Array<{ month: string, requests: number, rateLimited: number }> } | null, problems: Array<{ field: string, message: string }> } };

export type CreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
  lang: Lang;
}>;


export type CreatePlaceMutation = { createPlace: { place: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } | null, problems: Array<{ field: string, message: string }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string } } };

export type DecidePendingClosureMutationVariables = Exact<{
  id: string | number;
  decision: ClosureDecision;
}>;


export type DecidePendingClosureMutation = { decidePendingClosure: { id: string, status: PendingClosureStatus, closed: number | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: boolean };

export type EnableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableWebhookMutation = { enableWebhook: { id: string, status: WebhookStatus } };

export type ImportPreviewQueryVariables = Exact<{
  uploadId: string | number;
}>;


export type ImportPreviewQuery = { importPreview: { encoding: string, separator: string | null, columns: Array<string>, suggestedMapping: unknown, upload: { id: string, filename: string, format: ImportUploadFormat, size: number }, rows: Array<{ line: number, cells: Array<string | null>, error: string | null }> } };

export type ImportRunProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportRunProgressQuery = { importRun: { id: string, sourceName: string, status: ImportRunStatus, processed: number, total: number | null, progress: number, created: number, updated: number, unchanged: number, rejected: number, warned: number, closed: number, queuedForReview: number, error: string | null, rejections: Array<{ line: number, externalId: string | null, code: ImportRejectionCode, reason: string }>, warnings: Array<{ line: number, externalId: string | null, code: ImportWarningCode, field: string, value: string }> } | null };

export type ImportScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportScheduleQuery = { sources: Array<{ id: string, name: string, format: SourceFormat, schedule: string | null, nextRunAt: string | null, lastRunAt: string | null, lockedUntil: string | null, options: unknown, runs: Array<{ id: string, status: ImportRunStatus, startedAt: string, finishedAt: string | null, rejected: number, error: string | null }> }> };

export type ImportSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSourcesQuery = { sources: Array<{ id: string, name: string, format: SourceFormat, licence: string | null, priority: number, lastRunAt: string | null }> };

export type ImportUploadMutationVariables = Exact<{
  input: ImportUploadInput;
}>;


export type ImportUploadMutation = { importUpload: { run: { id: string, status: ImportRunStatus } | null, source: { id: string, name: string } | null, problems: Array<{ field: string, message: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { user: { id: string, email: string, name: string | null, role: Role, organizationId: string | null, organizationName: string | null, hasPassword: boolean, disabled: boolean, lastLoginAt: string | null, createdAt: string } | null, passwordLink: { url: string, expiresAt: string, emailed: boolean } | null, problems: Array<{ field: string, message: string }> } };

export type IssuePasswordLinkMutationVariables = Exact<{
  userId: string | number;
}>;


export type IssuePasswordLinkMutation = { issuePasswordLink: { url: string, expiresAt: string, emailed: boolean } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { viewer: { role: Role, organizationId: string | null, user: { id: string, email: string, name: string | null } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ManagedPlaceFieldsFragment = { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } };

export type ManagedPlaceQueryVariables = Exact<{
  id: string | number;
  lang: Lang;
}>;


export type ManagedPlaceQuery = { managedPlace: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } };

export type ManagedPlacesQueryVariables = Exact<{
  filter?: ManagedPlacesFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Lang;
}>;


export type ManagedPlacesQuery = { managedPlaces: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } }> } };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { viewer: { role: Role, organizationId: string | null, user: { id: string, email: string, name: string | null, role: Role, organizationId: string | null, organizationName: string | null, hasPassword: boolean, disabled: boolean, lastLoginAt: string | null, createdAt: string } | null } | null };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind }> };

export type OwnPlacesInsightsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OwnPlacesInsightsQuery = { insights: { from: string, to: string, feedback: Array<{ answer: FoundItAnswer, count: number }>, places: Array<{ placeId: string, name: string | null, shown: number, opened: number, called: number, website: number, directions: number }> } };

export type PendingClosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingClosuresQuery = { pendingClosures: Array<{ id: string, sourceName: string, createdAt: string, sourcePlaces: number, places: Array<{ placeId: string, name: string, commune: string | null }> }> };

export type PlaceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceHistoryQuery = { placeHistory: Array<{ id: string, at: string, action: AuditAction, version: number | null, note: string | null, actor: { type: ActorType, email: string | null, sourceName: string | null }, changes: Array<{ field: string, before: unknown, after: unknown }> }> };

export type PlaceInsightFieldsFragment = { placeId: string, name: string | null, shown: number, opened: number, called: number, website: number, directions: number };

export type PlacesToVerifyQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlacesToVerifyQuery = { placesToVerify: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, place: { name: string, slug: string, address: { commune: string | null }, freshness: { confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } }> } };

export type PublishPlaceMutationVariables = Exact<{
  id: string | number;
  version: number;
  lang: Lang;
}>;


export type PublishPlaceMutation = { publishPlace: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } };

export type RejectSuggestionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectSuggestionMutation = { rejectSuggestion: { suggestion: { id: string, status: SuggestionStatus } | null, problems: Array<{ field: string, message: string }> } };

export type RemoveObjectSynonymMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveObjectSynonymMutation = { removeObjectSynonym: boolean };

export type ReopenPlaceMutationVariables = Exact<{
  id: string | number;
  version: number;
  lang: Lang;
}>;


export type ReopenPlaceMutation = { reopenPlace: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type SetCollectivityTerritoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;


export type SetCollectivityTerritoryMutation = { updateOrganization: { id: string, name: string, kind: OrganizationKind, territory: Array<string> } };

export type SetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type SetPasswordMutation = { setPassword: { ok: boolean, problems: Array<{ field: string, message: string }> } };

export type SetPlacesOpeningHoursMutationVariables = Exact<{
  places: Array<PlaceVersionInput> | PlaceVersionInput;
  openingHours?: string | null | undefined;
}>;


export type SetPlacesOpeningHoursMutation = { setPlacesOpeningHours: { results: Array<{ id: string, error: { code: string, message: string } | null }>, problems: Array<{ field: string, message: string }> } };

export type StaffUserFieldsFragment = { id: string, email: string, name: string | null, role: Role, organizationId: string | null, organizationName: string | null, hasPassword: boolean, disabled: boolean, lastLoginAt: string | null, createdAt: string };

export type StructureInsightsQueryVariables = Exact<{
  from: string;
  to: string;
  organizationId?: string | number | null | undefined;
}>;


export type StructureInsightsQuery = { structureInsights: { organizationId: string, from: string, to: string, months: Array<{ month: string, shown: number, opened: number, called: number, website: number, directions: number }>, places: Array<{ placeId: string, name: string | null, shown: number, opened: number, called: number, website: number, directions: number }>, soughtNearby: Array<{ subcategoryId: string, offered: boolean, searches: number, nothingWithin15Km: number }> } };

export type SuggestionsQueryVariables = Exact<{
  status?: SuggestionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuggestionsQuery = { suggestions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: SuggestionKind, status: SuggestionStatus, note: string | null, contactEmail: string | null, submittedAt: string, placeVersionAtSubmission: number | null, place: { id: string, version: number, place: { id: string, slug: string, name: string } } | null, duplicateOf: { id: string, place: { id: string, slug: string, name: string } } | null, diff: Array<{ field: string, current: unknown, proposed: unknown, differs: boolean }>, review: { by: string | null, at: string | null, reason: string | null, acceptedFields: Array<string> } | null }> } };

export type TerritoryInsightsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TerritoryInsightsQuery = { insights: { from: string, to: string, searchesByDay: Array<{ day: string, count: number }>, communes: Array<{ inseeCode: string, searches: number, nothingWithin5Km: number, nothingWithin15Km: number, nothingWithin30Km: number }>, unknownPhrases: Array<{ phrase: string, count: number }>, subcategories: Array<{ subcategoryId: string, action: string | null, count: number }>, feedback: Array<{ answer: FoundItAnswer, count: number }>, places: Array<{ placeId: string, name: string | null, shown: number, opened: number, called: number, website: number, directions: number }> } };

export type UnknownObjectsQueryVariables = Exact<{
  lang: Lang;
}>;


export type UnknownObjectsQuery = { unknownObjectQueries: Array<{ text: string, count: number, lastSeenAt: string, picked: Array<{ count: number, subcategory: { id: string, label: string } }> }>, objectSynonyms: Array<{ id: string, term: string, createdAt: string, subcategory: { id: string, label: string } }> };

export type UpdatePlaceMutationVariables = Exact<{
  id: string | number;
  version: number;
  fields: PlaceFieldsInput;
  lang: Lang;
}>;


export type UpdatePlaceMutation = { updatePlace: { place: { id: string, version: number, status: PlaceStatus, organizationId: string | null, overrides: Array<string>, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: string, overridden: boolean }>, place: { id: string, slug: string, name: string, kind: PlaceKind, description: string | null, locationPrecision: LocationPrecision, openingHours: string | null, audience: Audience | null, homeService: boolean, appointmentOnly: boolean, accessibility: string | null, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null, inseeCode: string | null }, location: { lat: number, lng: number }, contact: { phone: string | null, email: string | null, website: string | null }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }>, sources: Array<{ name: string }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } } } } | null, problems: Array<{ field: string, message: string }> } };

export type UpdateSourceOptionsMutationVariables = Exact<{
  id: string | number;
  options?: unknown;
}>;


export type UpdateSourceOptionsMutation = { updateSourceOptions: { id: string, options: unknown } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, email: string, name: string | null, role: Role, organizationId: string | null, organizationName: string | null, hasPassword: boolean, disabled: boolean, lastLoginAt: string | null, createdAt: string } | null, problems: Array<{ field: string, message: string }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, name: string | null, role: Role, organizationId: string | null, organizationName: string | null, hasPassword: boolean, disabled: boolean, lastLoginAt: string | null, createdAt: string }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, organizationId: string | null, user: { id: string, email: string, name: string | null } | null } | null };

export type WebhooksQueryVariables = Exact<{
  apiKeyId: string | number;
}>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, kinds: Array<PlaceChangeKind>, territory: Array<string>, contactEmail: string, status: WebhookStatus, disabledAt: string | null, disabledReason: string | null, createdAt: string, deliveries: Array<{ id: string, kind: PlaceChangeKind, placeId: string | null, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, createdAt: string }> }> };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEventMutation = { cancelEvent: { id: string, status: EventStatus } };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type CreateEventMutation = { createEvent: { id: string } };

export type ManagedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedEventsQuery = { managedEvents: Array<{ id: string, title: string, kind: EventKind, startsAt: string, endsAt: string, recurrence: string | null, capacity: number | null, bookingUrl: string | null, description: string | null, actions: Array<string>, subcategories: Array<string>, place: { id: string } | null, venue: { name: string, commune: string | null } }>, managedPlaces: { nodes: Array<{ id: string, place: { name: string } }> } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string, version: number } };

export type DeclareImpactMutationVariables = Exact<{
  input: ImpactDeclarationInput;
}>;


export type DeclareImpactMutation = { declareImpact: { id: string, month: string, version: number, status: ImpactDeclarationStatus } };

export type ImpactDeclarationsQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  status?: ImpactDeclarationStatus | null | undefined;
}>;


export type ImpactDeclarationsQuery = { impactDeclarations: Array<{ id: string, organizationId: string, organizationName: string | null, month: string, version: number, inseeCode: string, status: ImpactDeclarationStatus, channel: string, refusedRows: number, submittedBy: string | null, submittedAt: string, rejectionReason: string | null, lines: Array<{ subcategoryId: string, flow: ImpactFlow, outcome: ImpactOutcome | null, kg: number | null, items: number | null }> }> };

export type ImpactDeclarationFieldsFragment = { id: string, organizationId: string, organizationName: string | null, month: string, version: number, inseeCode: string, status: ImpactDeclarationStatus, channel: string, refusedRows: number, submittedBy: string | null, submittedAt: string, rejectionReason: string | null, lines: Array<{ subcategoryId: string, flow: ImpactFlow, outcome: ImpactOutcome | null, kg: number | null, items: number | null }> };

export type ImpactVocabularyQueryVariables = Exact<{
  lang: Lang;
}>;


export type ImpactVocabularyQuery = { categories: Array<{ id: string, label: string, subcategories: Array<{ id: string, label: string }> }> };

export type ImportImpactCsvMutationVariables = Exact<{
  organizationId: string | number;
  csv: string;
  inseeCode?: string | null | undefined;
}>;


export type ImportImpactCsvMutation = { importImpactCsv: { storedRows: number, declarations: Array<{ id: string, month: string, version: number }>, refusedRows: Array<{ line: number, field: string, problem: string, message: string }> } };

export type RejectImpactDeclarationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectImpactDeclarationMutation = { rejectImpactDeclaration: { id: string, status: ImpactDeclarationStatus, rejectionReason: string | null } };

export type ValidateImpactDeclarationMutationVariables = Exact<{
  id: string | number;
}>;


export type ValidateImpactDeclarationMutation = { validateImpactDeclaration: { id: string, status: ImpactDeclarationStatus } };

export type AddPlaceNoticeMutationVariables = Exact<{
  target: NoticeTargetInput;
  notice: PlaceNoticeInput;
}>;


export type AddPlaceNoticeMutation = { addPlaceNotice: { notice: { id: string }, places: Array<{ id: string, version: number, place: { id: string, name: string } }> } };

export type PlaceNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceNoticesQuery = { managedPlace: { id: string, version: number, place: { id: string, notices: Array<{ id: string, kind: PlaceNoticeKind, startsOn: string | null, endsOn: string | null, reason: string | null, message: string | null, openingHours: string | null, current: boolean, seasons: Array<{ from: string, to: string, openingHours: string }> }> } } };

export type RemovePlaceNoticeMutationVariables = Exact<{
  noticeId: string | number;
  placeIds: Array<string | number> | string | number;
}>;


export type RemovePlaceNoticeMutation = { removePlaceNotice: Array<{ id: string, version: number }> };

export type AgendaQueryVariables = Exact<{
  near?: GeoPointInput | null | undefined;
  radiusKm?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgendaQuery = { events: { nodes: Array<{ start: string, end: string, distanceMeters: number | null, event: { id: string, title: string, description: string | null, kind: EventKind, capacity: number | null, bookingUrl: string | null, venue: { name: string, street: string | null, postcode: string | null, commune: string | null }, place: { slug: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventOccurrenceItemFragment = { start: string, end: string, distanceMeters: number | null, event: { id: string, title: string, description: string | null, kind: EventKind, capacity: number | null, bookingUrl: string | null, venue: { name: string, street: string | null, postcode: string | null, commune: string | null }, place: { slug: string, name: string } | null } };

export type PlaceEventsQueryVariables = Exact<{
  slug: string;
}>;


export type PlaceEventsQuery = { place: { id: string, events: Array<{ start: string, end: string, distanceMeters: number | null, event: { id: string, title: string, description: string | null, kind: EventKind, capacity: number | null, bookingUrl: string | null, venue: { name: string, street: string | null, postcode: string | null, commune: string | null }, place: { slug: string, name: string } | null } }> } | null };

export type AnswerFoundItMutationVariables = Exact<{
  answer: FoundItAnswer;
  placeId?: string | number | null | undefined;
  subcategoryId?: string | number | null | undefined;
}>;


export type AnswerFoundItMutation = { answerFoundIt: boolean };

export type CountPlaceOutcomeMutationVariables = Exact<{
  placeId: string | number;
  outcome: PlaceOutcome;
}>;


export type CountPlaceOutcomeMutation = { countPlaceOutcome: boolean };

export type FindPlacesQueryVariables = Exact<{
  text: string;
}>;


export type FindPlacesQuery = { places: { edges: Array<{ node: { id: string, slug: string, name: string, kind: PlaceKind, address: { commune: string | null } } }> } };

export type MapFeaturesQueryVariables = Exact<{
  bbox: BBoxInput;
  zoom: number;
  filter?: PlaceFilter | null | undefined;
}>;


export type MapFeaturesQuery = { mapFeatures: Array<{ type: MapFeatureType, lat: number, lng: number, count: number, expansionZoom: number | null, place: { id: string, slug: string, name: string } | null }> };

export type ObjectCategoriesQueryVariables = Exact<{
  lang: Lang;
}>;


export type ObjectCategoriesQuery = { categories: Array<{ id: string, label: string, subcategories: Array<{ id: string, label: string }> }> };

export type ObjectPageQueryVariables = Exact<{
  text: string;
  lang: Lang;
}>;


export type ObjectPageQuery = { resolveObject: Array<{ confidence: MatchConfidence, matchedText: string, suggestedActions: Array<Action>, subcategory: { id: string, label: string, reusePossible: boolean, category: { id: string, label: string }, hazard: { channel: HazardChannel, advice: string } | null } }> };

export type PlacePageQueryVariables = Exact<{
  slug: string;
  lang: Lang;
}>;


export type PlacePageQuery = { place: { description: string | null, openingHours: string | null, hoursAreIllustrative: boolean, audience: Audience | null, accessibility: string | null, status: PlaceStatus, updatedAt: string, id: string, slug: string, name: string, kind: PlaceKind, locationPrecision: LocationPrecision, locationUncertaintyMeters: number, distanceMeters: number | null, openNow: boolean | null, nextChangeAt: string | null, homeService: boolean, appointmentOnly: boolean, isDemo: boolean, descriptionFr: string | null, address: { inseeCode: string | null, street: string | null, postcode: string | null, commune: string | null, locality: string | null }, notices: Array<{ id: string, kind: PlaceNoticeKind, startsOn: string | null, endsOn: string | null, reason: string | null, message: string | null, current: boolean, seasons: Array<{ from: string, to: string, openingHours: string }> }>, weekHours: Array<{ date: string, weekday: number, holiday: string | null, intervals: Array<{ opens: string, closes: string }> }>, contact: { phone: string | null, email: string | null, website: string | null }, sources: Array<{ name: string, licence: string | null, attribution: string | null, url: string | null, lastSeenAt: string | null }>, freshness: { status: FreshnessStatus, confirmedAt: string, confirmedBy: { type: ConfirmerType, name: string | null } }, location: { lat: number, lng: number }, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }> } | null };

export type PlaceSummaryFragment = { id: string, slug: string, name: string, kind: PlaceKind, locationPrecision: LocationPrecision, locationUncertaintyMeters: number, distanceMeters: number | null, openNow: boolean | null, nextChangeAt: string | null, homeService: boolean, appointmentOnly: boolean, isDemo: boolean, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null }, location: { lat: number, lng: number }, notices: Array<{ id: string, kind: PlaceNoticeKind, startsOn: string | null, endsOn: string | null, reason: string | null, message: string | null, current: boolean }>, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }> };

export type ReportUnknownObjectMutationVariables = Exact<{
  text: string;
  pickedSubcategoryId?: string | number | null | undefined;
}>;


export type ReportUnknownObjectMutation = { reportUnknownObject: boolean };

export type ResolveObjectQueryVariables = Exact<{
  text: string;
  lang: Lang;
  first?: number | null | undefined;
}>;


export type ResolveObjectQuery = { resolveObject: Array<{ score: number, confidence: MatchConfidence, matchedText: string, subcategory: { id: string, label: string, category: { id: string, label: string }, hazard: { channel: HazardChannel, advice: string } | null } }> };

export type SearchPlacesQueryVariables = Exact<{
  filter?: PlaceFilter | null | undefined;
  near?: GeoPointInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BBoxInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Lang;
}>;


export type SearchPlacesQuery = { places: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { actions: Array<{ value: string, count: number }>, kinds: Array<{ value: string, count: number }>, labels: Array<{ value: string, count: number }> }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, kind: PlaceKind, locationPrecision: LocationPrecision, locationUncertaintyMeters: number, distanceMeters: number | null, openNow: boolean | null, nextChangeAt: string | null, homeService: boolean, appointmentOnly: boolean, isDemo: boolean, address: { street: string | null, postcode: string | null, commune: string | null, locality: string | null }, location: { lat: number, lng: number }, notices: Array<{ id: string, kind: PlaceNoticeKind, startsOn: string | null, endsOn: string | null, reason: string | null, message: string | null, current: boolean }>, offers: Array<{ action: Action, subcategories: Array<{ id: string, label: string }> }>, labels: Array<{ id: string, label: string }> } }> } };

export type SubmitSuggestionMutationVariables = Exact<{
  input: SuggestionInput;
}>;


export type SubmitSuggestionMutation = { submitSuggestion: { received: boolean, problems: Array<{ field: string, message: string }> } };

export type TaxonomyQueryVariables = Exact<{
  lang: Lang;
}>;


export type TaxonomyQuery = { actions: Array<{ id: Action, label: string, directions: Array<Direction> }>, placeKinds: Array<{ id: PlaceKind, label: string }>, labels: Array<{ id: string, label: string, group: string }> };

export type ImpactPageQueryVariables = Exact<{
  year?: number | null | undefined;
  lang: Lang;
}>;


export type ImpactPageQuery = { impact: { year: number | null, validatedMonths: number, structures: number, figures: { receivedKg: number, passedOnKg: number, reusedKg: number, repairedKg: number, recycledKg: number, divertedTonnes: number, avoidedCo2eTonnes: number, avoidedCo2eVerifiedTonnes: number }, byYear: Array<{ year: number }>, byStructure: Array<{ organizationId: string, name: string, figures: { receivedKg: number, passedOnKg: number, reusedKg: number, repairedKg: number, recycledKg: number, divertedTonnes: number, avoidedCo2eTonnes: number, avoidedCo2eVerifiedTonnes: number } }>, byCommune: Array<{ inseeCode: string, name: string | null, figures: { receivedKg: number, passedOnKg: number, reusedKg: number, repairedKg: number, recycledKg: number, divertedTonnes: number, avoidedCo2eTonnes: number, avoidedCo2eVerifiedTonnes: number } }>, byCategory: Array<{ categoryId: string, figures: { receivedKg: number, passedOnKg: number, reusedKg: number, repairedKg: number, recycledKg: number, divertedTonnes: number, avoidedCo2eTonnes: number, avoidedCo2eVerifiedTonnes: number } }>, factorSet: { name: string, version: string, verified: boolean, url: string, illustrativeName: string, illustrativeVersion: string, factors: Array<{ unit: ImpactFactorUnit, subcategoryId: string | null, reuseKgCo2e: number, object: string | null, verified: boolean }> } }, categories: Array<{ id: string, label: string, subcategories: Array<{ id: string, label: string }> }> };

export type ImpactFiguresFieldsFragment = { receivedKg: number, passedOnKg: number, reusedKg: number, repairedKg: number, recycledKg: number, divertedTonnes: number, avoidedCo2eTonnes: number, avoidedCo2eVerifiedTonnes: number };

export type BoardPostsQueryVariables = Exact<{
  filter?: BoardFilter | null | undefined;
}>;


export type BoardPostsQuery = { viewer: { role: Role, organizationId: string | null } | null, boardPosts: { totalCount: number, nodes: Array<{ id: string, kind: BoardPostKind, type: BoardPostType, title: string, description: string | null, organizationId: string, organizationName: string, subCategoryLabel: string | null, quantity: number | null, unit: QuantityUnit | null, availability: string | null, expiresAt: string, pickup: { placeName: string | null, commune: string }, photos: Array<{ id: string, url: string, width: number, height: number }>, contact: { email: string | null, phone: string | null } | null }> } };

export type CloseBoardPostMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseBoardPostMutation = { closeBoardPost: { id: string, status: BoardPostStatus } };

export type CreateBoardPostMutationVariables = Exact<{
  input: BoardPostInput;
}>;


export type CreateBoardPostMutation = { createBoardPost: { id: string } };

export type HiddenBoardPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type HiddenBoardPostsQuery = { boardPosts: { totalCount: number, nodes: Array<{ id: string, kind: BoardPostKind, title: string, organizationName: string, hiddenReason: string | null }> } };

export type HideBoardPostMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HideBoardPostMutation = { hideBoardPost: { id: string, status: BoardPostStatus, hiddenReason: string | null } };

export type MyBoardPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBoardPostsQuery = { categories: Array<{ id: string, label: string, subcategories: Array<{ id: string, label: string }> }>, boardSubscription: { mode: BoardNotificationMode, email: string, radiusKm: number } | null, boardPosts: { nodes: Array<{ id: string, kind: BoardPostKind, title: string, status: BoardPostStatus, expired: boolean, hiddenReason: string | null, expiresAt: string }> } };

export type RestoreBoardPostMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreBoardPostMutation = { restoreBoardPost: { id: string, status: BoardPostStatus } };

export type SetBoardSubscriptionMutationVariables = Exact<{
  input: BoardSubscriptionInput;
}>;


export type SetBoardSubscriptionMutation = { setBoardSubscription: { mode: BoardNotificationMode, email: string, radiusKm: number } };

export type StructureEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type StructureEditorQuery = { viewer: { role: Role, organizationId: string | null } | null, competences: Array<{ code: string, label: string }>, structure: { id: string, name: string, siret: string | null, legalForm: string | null, ess: boolean, insertionTypes: Array<InsertionType>, networks: Array<string>, description: string | null, email: string | null, phone: string | null, website: string | null, capacity: number | null, territory: Array<string>, insertionJobs: number | null, contactPerson: string | null, competences: Array<{ code: string, communes: Array<string> }> } | null };

export type NetworkSearchQueryVariables = Exact<{
  filter?: StructureFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NetworkSearchQuery = { competences: Array<{ code: string, label: string }>, structures: { totalCount: number, nodes: Array<{ id: string, name: string, territory: Array<string>, insertionTypes: Array<InsertionType>, siret: string | null, email: string | null, phone: string | null, website: string | null, insertionJobs: number | null, contactPerson: string | null, competences: Array<{ code: string, label: string }> }> } };

export type StructureDetailsFragment = { id: string, name: string, siret: string | null, legalForm: string | null, ess: boolean, insertionTypes: Array<InsertionType>, networks: Array<string>, description: string | null, email: string | null, phone: string | null, website: string | null, capacity: number | null, territory: Array<string>, insertionJobs: number | null, contactPerson: string | null };

export type StructureSummaryFragment = { id: string, name: string, territory: Array<string>, insertionTypes: Array<InsertionType>, siret: string | null, email: string | null, phone: string | null, website: string | null, insertionJobs: number | null, contactPerson: string | null, competences: Array<{ code: string, label: string }> };

export type StructureProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type StructureProfileQuery = { viewer: { role: Role, organizationId: string | null } | null, structure: { id: string, name: string, siret: string | null, legalForm: string | null, ess: boolean, insertionTypes: Array<InsertionType>, networks: Array<string>, description: string | null, email: string | null, phone: string | null, website: string | null, capacity: number | null, territory: Array<string>, insertionJobs: number | null, contactPerson: string | null, competences: Array<{ code: string, label: string, communes: Array<string> }>, places: Array<{ id: string, slug: string, name: string, commune: string | null }> } | null };

export type TerritoryNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryNetworkQuery = { communesWithoutPosition: Array<string>, competences: Array<{ code: string, label: string }>, networkGaps: Array<{ competence: { code: string, label: string }, communes: Array<{ commune: string, nearestKm: number | null, lat: number | null }> }>, networkCommunes: Array<{ insee: string, name: string }> };

export type TerritoryStructuresQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TerritoryStructuresQuery = { structures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, territory: Array<string>, insertionTypes: Array<InsertionType>, siret: string | null, email: string | null, phone: string | null, website: string | null, insertionJobs: number | null, contactPerson: string | null, competences: Array<{ code: string, label: string }> }> } };

export type TerritoryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryViewerQuery = { viewer: { role: Role } | null };

export type UpdateStructureProfileMutationVariables = Exact<{
  id: string | number;
  input: StructureProfileInput;
}>;


export type UpdateStructureProfileMutation = { updateStructureProfile: { id: string } };
