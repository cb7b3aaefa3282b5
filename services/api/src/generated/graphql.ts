import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Context } from '../shared/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (field values in history and suggestion diffs, shaped like the stored place). */
  JSON: { input: unknown; output: unknown; }
};

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

export type ActionInfo = {
  __typename?: 'ActionInfo';
  directions: Array<Direction>;
  id: Action;
  label: Scalars['String']['output'];
  lvaoCode: Scalars['String']['output'];
};


export type ActionInfoLabelArgs = {
  lang?: InputMaybe<Lang>;
};

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

export type AddCompetenceInput = {
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

export type Address = {
  __typename?: 'Address';
  commune?: Maybe<Scalars['String']['output']>;
  inseeCode?: Maybe<Scalars['String']['output']>;
  /** Former commune or hamlet, when the commune is a merged one. */
  locality?: Maybe<Scalars['String']['output']>;
  postcode?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  commune?: InputMaybe<Scalars['String']['input']>;
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  locality?: InputMaybe<Scalars['String']['input']>;
  /** 5 digits. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type ApiInfo = {
  __typename?: 'ApiInfo';
  attribution: Scalars['String']['output'];
  /** Licence of the directory data served by this API. */
  dataLicence: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A partner's API key. The secret itself is shown once, when the key is created; only its prefix is kept in clear. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Last request made with the key (updated every few seconds). */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** Partner's name. */
  name: Scalars['String']['output'];
  /** Browser origins allowed to use the key. Empty: server-side use only. */
  origins: Array<Scalars['String']['output']>;
  /** First characters of the key (rmp_live_…), to recognise it. */
  prefix: Scalars['String']['output'];
  ratePerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['String']['output']>;
  scopes: Array<ApiKeyScope>;
  /** Communes (names or INSEE codes) the key's listings are restricted to; empty: the whole directory. */
  territory: Array<Scalars['String']['output']>;
  /** Requests per month, newest first. */
  usage: Array<ApiKeyMonthlyUsage>;
};


/** A partner's API key. The secret itself is shown once, when the key is created; only its prefix is kept in clear. */
export type ApiKeyUsageArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

/** A problem with the input of a mutation, that the person can fix. */
export type ApiKeyInputProblem = {
  __typename?: 'ApiKeyInputProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The rate limits the server applies to keys, for the back-office form. */
export type ApiKeyLimits = {
  __typename?: 'ApiKeyLimits';
  /** Requests per minute of a key created without ratePerMinute (REEMPLOI_RATE_KEY_DEFAULT_PER_MIN). */
  defaultRatePerMinute: Scalars['Int']['output'];
  /** The highest ratePerMinute a key may have. */
  maxRatePerMinute: Scalars['Int']['output'];
};

export type ApiKeyMonthlyUsage = {
  __typename?: 'ApiKeyMonthlyUsage';
  /** YYYY-MM (Europe/Paris). */
  month: Scalars['String']['output'];
  /** Requests refused with RATE_LIMITED. */
  rateLimited: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
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

export type AuditActor = {
  __typename?: 'AuditActor';
  email?: Maybe<Scalars['String']['output']>;
  importRunId?: Maybe<Scalars['String']['output']>;
  sourceId?: Maybe<Scalars['ID']['output']>;
  sourceName?: Maybe<Scalars['String']['output']>;
  suggestionId?: Maybe<Scalars['ID']['output']>;
  type: ActorType;
  userId?: Maybe<Scalars['ID']['output']>;
};

export type BBoxInput = {
  east: Scalars['Float']['input'];
  north: Scalars['Float']['input'];
  south: Scalars['Float']['input'];
  west: Scalars['Float']['input'];
};

export type BoardContact = {
  __typename?: 'BoardContact';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type BoardFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** Pick-up commune (name, any case). */
  commune?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<BoardPostKind>;
  /** The viewer's own organisation's posts, closed, hidden and expired ones included (a STRUCTURE account). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** One structure's posts. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** CLOSED or HIDDEN posts, for moderators (ADMIN, EDITOR, MODERATOR); default: the open board. */
  status?: InputMaybe<BoardPostStatus>;
  /** An LVAO sub-category, or a category (all its sub-categories). */
  subCategory?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<BoardPostType>;
};

export type BoardNotificationMode =
  /** One digest a day (sent from 8:00, Paris time). */
  | 'DAILY'
  /** One mail per matching offer. */
  | 'IMMEDIATE'
  | 'NONE';

export type BoardPhoto = {
  __typename?: 'BoardPhoto';
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Path of the image (WebP, metadata removed), relative to the API's origin: /board/photos/<id>. */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

/** Where to pick it up: one of the organisation's places, or only a commune (never a street address). */
export type BoardPickup = {
  __typename?: 'BoardPickup';
  commune: Scalars['String']['output'];
  /** The place (its public page), when one of the organisation's places was chosen. */
  placeId?: Maybe<Scalars['ID']['output']>;
  placeName?: Maybe<Scalars['String']['output']>;
};

export type BoardPost = {
  __typename?: 'BoardPost';
  availability?: Maybe<Scalars['String']['output']>;
  competence?: Maybe<Scalars['String']['output']>;
  /** Null for anonymous visitors unless the structure chose `publicContact`; signed-in accounts always read it. */
  contact?: Maybe<BoardContact>;
  createdAt: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may edit and close it (its structure's accounts, administrators). */
  editable: Scalars['Boolean']['output'];
  /** True once `expiresAt` is past: the post has left the board. */
  expired: Scalars['Boolean']['output'];
  expiresAt: Scalars['String']['output'];
  /** Why a moderator hid it (the author and moderators only). */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: BoardPostKind;
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  photos: Array<BoardPhoto>;
  pickup: BoardPickup;
  publicContact: Scalars['Boolean']['output'];
  quantity?: Maybe<Scalars['Float']['output']>;
  status: BoardPostStatus;
  subCategory?: Maybe<Scalars['String']['output']>;
  subCategoryLabel?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: BoardPostType;
  unit?: Maybe<QuantityUnit>;
};

/**
 * A post's content (creating replaces nothing; updating replaces every field). Bad input: BAD_USER_INPUT with
 * `field` and a stable `problem` (NEGATIVE_QUANTITY, EXPIRY_IN_PAST, EXPIRY_TOO_FAR, UNKNOWN_SUB_CATEGORY,
 * UNKNOWN_COMPETENCE, PICKUP_NOT_OWN_PLACE, PICKUP_NOT_A_COMMUNE, UNKNOWN_PHOTO…); nothing is stored.
 */
export type BoardPostInput = {
  availability?: InputMaybe<Scalars['String']['input']>;
  /** A code of the competences vocabulary (`competences`); any other: UNKNOWN_COMPETENCE. */
  competence?: InputMaybe<Scalars['String']['input']>;
  /** Default: the structure profile's e-mail and phone. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO date-time, in the future, at most a year ahead. */
  expiresAt: Scalars['String']['input'];
  kind: BoardPostKind;
  /** Photos uploaded with POST /board/photos (at most 6). */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** …or a commune (a name or an INSEE code, no street address). */
  pickupCommune?: InputMaybe<Scalars['String']['input']>;
  /** One of the organisation's places… */
  pickupPlaceId?: InputMaybe<Scalars['ID']['input']>;
  /** Show the contact to anonymous visitors (default false). */
  publicContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than 0; with `unit`. Required for MATERIAL. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Required for MATERIAL. */
  subCategory?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  type: BoardPostType;
  unit?: InputMaybe<QuantityUnit>;
};

/** An offer or a need of the resource board between structures. */
export type BoardPostKind =
  | 'NEED'
  | 'OFFER';

export type BoardPostPage = {
  __typename?: 'BoardPostPage';
  /** Newest first. */
  nodes: Array<BoardPost>;
  totalCount: Scalars['Int']['output'];
};

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

/** A structure's opt-in to offers matching its needs or competences within `radiusKm` of its places. */
export type BoardSubscription = {
  __typename?: 'BoardSubscription';
  email: Scalars['String']['output'];
  mode: BoardNotificationMode;
  radiusKm: Scalars['Int']['output'];
};

export type BoardSubscriptionInput = {
  /** Default: the signed-in account's e-mail. */
  email?: InputMaybe<Scalars['String']['input']>;
  mode: BoardNotificationMode;
  /** Default 30, 1 to 200. */
  radiusKm?: InputMaybe<Scalars['Int']['input']>;
};

export type BulkPlaceError = {
  __typename?: 'BulkPlaceError';
  /** CONFLICT when the place changed since the given version. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Why, under the code: STALE_VERSION or CONCURRENT_WRITE (see the errors section of docs/api.md). */
  reason?: Maybe<Scalars['String']['output']>;
};

export type BulkPlaceResult = {
  __typename?: 'BulkPlaceResult';
  error?: Maybe<BulkPlaceError>;
  id: Scalars['ID']['output'];
  place?: Maybe<ManagedPlace>;
};

export type BulkPlacesPayload = {
  __typename?: 'BulkPlacesPayload';
  problems: Array<FieldProblem>;
  results: Array<BulkPlaceResult>;
};

export type Category = {
  __typename?: 'Category';
  /** LVAO category code, e.g. mobilier_et_decoration. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  subcategories: Array<Subcategory>;
};


export type CategoryLabelArgs = {
  lang?: InputMaybe<Lang>;
};

export type ClosureDecision =
  | 'CONFIRM'
  | 'DISMISS';

/** Searches from one commune (INSEE code of the searched point) and those that found no matching place near. */
export type CommuneDemand = {
  __typename?: 'CommuneDemand';
  inseeCode: Scalars['String']['output'];
  nothingWithin5Km: Scalars['Int']['output'];
  nothingWithin15Km: Scalars['Int']['output'];
  nothingWithin30Km: Scalars['Int']['output'];
  searches: Scalars['Int']['output'];
};

/** A term of the competences vocabulary (seeded, extended by administrators). */
export type Competence = {
  __typename?: 'Competence';
  /** Stable key, used in profiles and searches (HOUSE_CLEARANCE…). */
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Confirmer = {
  __typename?: 'Confirmer';
  /** The source's or the structure's name; null for the syndicate's staff (no person is named). */
  name?: Maybe<Scalars['String']['output']>;
  type: ConfirmerType;
};

export type ConfirmerType =
  /** A source still listed the place in its last complete import. */
  | 'SOURCE'
  /** The syndicate's staff edited or confirmed it. */
  | 'STAFF'
  /** The structure running the place said it is still accurate (or edited it). */
  | 'STRUCTURE';

export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** https://… */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  /** Origins such as https://www.valognes.fr (scheme and host, no path). */
  origins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requests per minute; the server's default for keys when omitted. */
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
  scopes?: InputMaybe<Array<ApiKeyScope>>;
  territory?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  problems: Array<ApiKeyInputProblem>;
  /** The key itself. Shown only in this response: store it now. */
  secret?: Maybe<Scalars['String']['output']>;
};

export type CreatePlaceInput = {
  /** name, kind and location are required. */
  fields: PlaceFieldsInput;
  /** ADMIN only; other roles create places for their own organisation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** DRAFT (invisible to the public) or PUBLISHED. */
  status?: InputMaybe<PlaceStatus>;
};

export type CreateWebhookInput = {
  apiKeyId: Scalars['ID']['input'];
  /** Told by e-mail when the webhook is disabled. */
  contactEmail: Scalars['String']['input'];
  kinds: Array<PlaceChangeKind>;
  /** Communes (names or INSEE codes) within the key's territory; empty: the key's territory. */
  territory?: InputMaybe<Array<Scalars['String']['input']>>;
  /** https:// URL at a public address (same address rules as imports). */
  url: Scalars['String']['input'];
};

export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** whsec_… signing secret: shown this once. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type DayCount = {
  __typename?: 'DayCount';
  count: Scalars['Int']['output'];
  /** YYYY-MM-DD (Europe/Paris). */
  day: Scalars['String']['output'];
};

/** Opening intervals of one day, in Europe/Paris local time (HH:MM). */
export type DayHours = {
  __typename?: 'DayHours';
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** Name of the French public holiday, if the day is one. */
  holiday?: Maybe<Scalars['String']['output']>;
  intervals: Array<TimeInterval>;
  /** 1 = Monday … 7 = Sunday */
  weekday: Scalars['Int']['output'];
};

/** HAVE: 'I have an object'; SEEK: 'I am looking for an object'. */
export type Direction =
  | 'HAVE'
  | 'SEEK';

/**
 * A dated event of a place or an organisation: a repair café session, a sale, a collection day, a workshop.
 * Dates are local times in Europe/Paris.
 */
export type Event = {
  __typename?: 'Event';
  /** LVAO actions the event concerns (empty: any). */
  actions: Array<Scalars['String']['output']>;
  /** An https link where residents book a seat. */
  bookingUrl?: Maybe<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Plain text. */
  description?: Maybe<Scalars['String']['output']>;
  /** End of the first occurrence, local time in Paris. */
  endsAt: Scalars['String']['output'];
  /** Path of the event's place feed (iCalendar), when it is at a place. */
  icalPath?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** The place where it happens, when it is at a published place of the directory. */
  place?: Maybe<Place>;
  /** RFC 5545 RRULE value (`FREQ=MONTHLY;BYDAY=2SA;COUNT=12`), null for a single date. */
  recurrence?: Maybe<Scalars['String']['output']>;
  /** Start of the first occurrence, local time in Paris (`2027-01-09T14:00`). */
  startsAt: Scalars['String']['output'];
  status: EventStatus;
  /** LVAO sub-categories of the objects the event concerns. */
  subcategories: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  venue: EventVenue;
  version: Scalars['Int']['output'];
};

export type EventFilter = {
  /** Events concerning one of these actions (events that name no action concern them all). */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** INSEE codes of communes. */
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<EventKind>>;
  subcategories?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * An event to publish. `startsAt`/`endsAt`: the first occurrence, local times in Paris (`2027-01-09T14:00`).
 * `recurrence`: an RFC 5545 RRULE value that ends (COUNT ≤ 500, or UNTIL at most two years after startsAt).
 * Either `placeId` (the event is at that place, and belongs to its organisation) or `venue` (and
 * `organizationId`, an administrator's choice; others publish for their own organisation).
 */
export type EventInput = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  bookingUrl?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['String']['input'];
  kind: EventKind;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  recurrence?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['String']['input'];
  subcategories?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  venue?: InputMaybe<EventVenueInput>;
};

/** What an event is. */
export type EventKind =
  | 'COLLECTION'
  | 'OTHER'
  | 'REPAIR_CAFE'
  | 'SALE'
  | 'WORKSHOP';

/** One occurrence of an event. */
export type EventOccurrence = {
  __typename?: 'EventOccurrence';
  /** Set when the query had `near`: metres from that point to the venue. */
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  end: Scalars['String']['output'];
  event: Event;
  /** Start, ISO 8601 with the Paris offset (`2027-01-09T14:00:00.000+01:00`). */
  start: Scalars['String']['output'];
};

export type EventOccurrenceConnection = {
  __typename?: 'EventOccurrenceConnection';
  nodes: Array<EventOccurrence>;
  pageInfo: PageInfo;
};

export type EventStatus =
  /** Withdrawn by its publisher: no longer in the agenda nor in the feeds. */
  | 'CANCELLED'
  | 'SCHEDULED';

/** Where an event happens: its place's address and position, or a venue of its own. */
export type EventVenue = {
  __typename?: 'EventVenue';
  commune?: Maybe<Scalars['String']['output']>;
  inseeCode?: Maybe<Scalars['String']['output']>;
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  postcode?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type EventVenueInput = {
  commune: Scalars['String']['input'];
  inseeCode: Scalars['String']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  postcode?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  field: Scalars['String']['output'];
};

/** A problem with a mutation's input that the person can fix (field path, readable message). */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Where a field's current value comes from. */
export type FieldProvenance = {
  __typename?: 'FieldProvenance';
  /** Field path, e.g. name, address.street, openingHours. */
  field: Scalars['String']['output'];
  /** True when staff set it by hand: it wins over every source until cleared (clearOverride). */
  overridden: Scalars['Boolean']['output'];
  /** 'editor' (set by staff) or the name of the source. */
  source: Scalars['String']['output'];
};

/** The answer to « Avez-vous trouvé ? ». */
export type FoundItAnswer =
  | 'FOUND'
  | 'INFO_WRONG'
  | 'NOT_FOUND'
  | 'PLACE_CLOSED';

export type FoundItCount = {
  __typename?: 'FoundItCount';
  answer: FoundItAnswer;
  count: Scalars['Int']['output'];
};

export type Freshness = {
  __typename?: 'Freshness';
  /** ISO 8601. The latest of: a source listing it, a structure's confirmation, a staff edit. */
  confirmedAt: Scalars['String']['output'];
  confirmedBy: Confirmer;
  status: FreshnessStatus;
};

export type FreshnessStatus =
  /** Confirmed within the last 12 months. */
  | 'FRESH'
  /** Not confirmed for 12 months: shown « À vérifier » / « To be checked ». */
  | 'TO_VERIFY';

/** A commune where a competence is missing: no structure offers it within 30 km. */
export type GapCommune = {
  __typename?: 'GapCommune';
  /** As the territory names it. */
  commune: Scalars['String']['output'];
  /** The commune's position (mean of its known towns). A commune of unknown position is never a gap: see `communesWithoutPosition`. */
  lat?: Maybe<Scalars['Float']['output']>;
  lng?: Maybe<Scalars['Float']['output']>;
  /** Km to the nearest commune or place where a structure offers it; null when it is offered nowhere located. */
  nearestKm?: Maybe<Scalars['Float']['output']>;
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type Hazard = {
  __typename?: 'Hazard';
  /** What to do with it, in one or two sentences. */
  advice: Scalars['String']['output'];
  channel: HazardChannel;
};


export type HazardAdviceArgs = {
  lang?: InputMaybe<Lang>;
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

/** A place a run would have closed, as it was then. */
export type HeldPlace = {
  __typename?: 'HeldPlace';
  commune?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  placeId: Scalars['ID']['output'];
};

/** Public totals of the validated monthly declarations (nothing pending, rejected or superseded). */
export type Impact = {
  __typename?: 'Impact';
  byCategory: Array<ImpactCategoryTotal>;
  byCommune: Array<ImpactCommuneTotal>;
  byStructure: Array<ImpactStructureTotal>;
  bySubcategory: Array<ImpactSubcategoryTotal>;
  byYear: Array<ImpactYearTotal>;
  factorSet: ImpactFactorSet;
  figures: ImpactFigures;
  structures: Scalars['Int']['output'];
  validatedMonths: Scalars['Int']['output'];
  /** Null: every year. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type ImpactCategoryTotal = {
  __typename?: 'ImpactCategoryTotal';
  categoryId: Scalars['ID']['output'];
  figures: ImpactFigures;
};

export type ImpactCommuneTotal = {
  __typename?: 'ImpactCommuneTotal';
  figures: ImpactFigures;
  inseeCode: Scalars['String']['output'];
  /** The commune's name in the territory profile; null for a code outside it. */
  name?: Maybe<Scalars['String']['output']>;
};

export type ImpactCsvImport = {
  __typename?: 'ImpactCsvImport';
  /** One new version per month found in the file (PENDING). */
  declarations: Array<ImpactDeclaration>;
  /** Rows refused, nothing of them stored; the other rows are. */
  refusedRows: Array<ImpactRowProblem>;
  storedRows: Scalars['Int']['output'];
};

/** One version of a structure's monthly declaration. */
export type ImpactDeclaration = {
  __typename?: 'ImpactDeclaration';
  /** FORM or CSV. */
  channel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** INSEE code of the commune where the structure received and passed these on. */
  inseeCode: Scalars['String']['output'];
  lines: Array<ImpactLine>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName?: Maybe<Scalars['String']['output']>;
  /** CSV rows of this month refused on upload (nothing of them stored). */
  refusedRows: Scalars['Int']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['String']['output']>;
  reviewedBy?: Maybe<Scalars['String']['output']>;
  status: ImpactDeclarationStatus;
  /** ISO 8601. */
  submittedAt: Scalars['String']['output'];
  submittedBy?: Maybe<Scalars['String']['output']>;
  /** 1 for the first declaration of the month, then one more per correction. */
  version: Scalars['Int']['output'];
};

export type ImpactDeclarationInput = {
  inseeCode: Scalars['String']['input'];
  /** 1 to 2000 lines, one per sub-category, flow and outcome. */
  lines: Array<ImpactLineInput>;
  /** YYYY-MM, not after the current month (Europe/Paris). */
  month: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
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

/** One row of the factor table. */
export type ImpactFactor = {
  __typename?: 'ImpactFactor';
  /** ITEM rows: the Base Empreinte® element identifier. */
  baseEmpreinteId?: Maybe<Scalars['Int']['output']>;
  /** KG rows: the LVAO category; null for the default row and for ITEM rows. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** ITEM rows: the Impact CO₂ object whose manufacturing and distribution footprint is used. */
  object?: Maybe<Scalars['String']['output']>;
  /** KG rows: kg CO2e avoided per kg recycled; null for ITEM rows. */
  recycleKgCo2e?: Maybe<Scalars['Float']['output']>;
  /** kg CO2e avoided per item (ITEM) or per kg (KG) reused or repaired. */
  reuseKgCo2e: Scalars['Float']['output'];
  /** Where the value comes from (data file and study), or that it is illustrative. */
  source: Scalars['String']['output'];
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** ITEM rows: the LVAO sub-category; null for KG rows. */
  subcategoryId?: Maybe<Scalars['ID']['output']>;
  unit: ImpactFactorUnit;
  verified: Scalars['Boolean']['output'];
};

/**
 * The avoided-CO2e factors: ADEME's per-item set (Base Empreinte® via Impact CO₂, verified) and, for what it
 * does not cover, illustrative per-kg factors (`factors` says which row is which).
 */
export type ImpactFactorSet = {
  __typename?: 'ImpactFactorSet';
  factors: Array<ImpactFactor>;
  /** Name and version of the illustrative per-kg factors used where the ADEME set has no row. */
  illustrativeName: Scalars['String']['output'];
  illustrativeVersion: Scalars['String']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** True: the set named here holds published ADEME values (the per-kg rows of `factors` may still not). */
  verified: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** ITEM: kg CO2e per item reused or repaired; KG: per kg reused or repaired (and `recycleKgCo2e` per kg recycled). */
export type ImpactFactorUnit =
  | 'ITEM'
  | 'KG';

export type ImpactFigures = {
  __typename?: 'ImpactFigures';
  /** The rest: weights times the illustrative per-kg factors (and everything recycled). */
  avoidedCo2eIllustrativeTonnes: Scalars['Float']['output'];
  /** Estimate with the factor set of `Impact.factorSet`, in tonnes CO2e. */
  avoidedCo2eTonnes: Scalars['Float']['output'];
  /** The part of `avoidedCo2eTonnes` from items reused or repaired with a verified ADEME per-item factor. */
  avoidedCo2eVerifiedTonnes: Scalars['Float']['output'];
  /** Everything passed on (reused, repaired, recycled), in tonnes: kept out of landfill. */
  divertedTonnes: Scalars['Float']['output'];
  passedOnItems: Scalars['Int']['output'];
  passedOnKg: Scalars['Float']['output'];
  receivedItems: Scalars['Int']['output'];
  receivedKg: Scalars['Float']['output'];
  recycledKg: Scalars['Float']['output'];
  repairedKg: Scalars['Float']['output'];
  reusedKg: Scalars['Float']['output'];
};

/** Received by a structure, or passed on by it (then with an outcome). */
export type ImpactFlow =
  | 'PASSED_ON'
  | 'RECEIVED';

/** One figure of a month: kg and/or items of one LVAO sub-category. */
export type ImpactLine = {
  __typename?: 'ImpactLine';
  categoryId: Scalars['ID']['output'];
  flow: ImpactFlow;
  items?: Maybe<Scalars['Int']['output']>;
  kg?: Maybe<Scalars['Float']['output']>;
  /** Null for RECEIVED. */
  outcome?: Maybe<ImpactOutcome>;
  subcategoryId: Scalars['ID']['output'];
};

export type ImpactLineInput = {
  flow: ImpactFlow;
  /** Number of items, ≥ 0. */
  items?: InputMaybe<Scalars['Int']['input']>;
  /** Weight in kg, ≥ 0. Give kg, items or both. */
  kg?: InputMaybe<Scalars['Float']['input']>;
  /** Required for PASSED_ON, empty for RECEIVED. */
  outcome?: InputMaybe<ImpactOutcome>;
  /** An LVAO sub-category id (e.g. meuble, velo). */
  subcategoryId: Scalars['ID']['input'];
};

/** What became of what a structure passed on. */
export type ImpactOutcome =
  | 'RECYCLED'
  | 'REPAIRED'
  | 'REUSED';

/** A refused form line or CSV row: its number (CSV: the file line, the header being line 1), field and stable problem code. */
export type ImpactRowProblem = {
  __typename?: 'ImpactRowProblem';
  field: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  problem: Scalars['String']['output'];
};

export type ImpactStructureTotal = {
  __typename?: 'ImpactStructureTotal';
  figures: ImpactFigures;
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
};

export type ImpactSubcategoryTotal = {
  __typename?: 'ImpactSubcategoryTotal';
  categoryId: Scalars['ID']['output'];
  figures: ImpactFigures;
  subcategoryId: Scalars['ID']['output'];
};

export type ImpactYearTotal = {
  __typename?: 'ImpactYearTotal';
  figures: ImpactFigures;
  year: Scalars['Int']['output'];
};

/** The start of an uploaded file as the import will read it. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** Column names (CSV header) or feature property names (GeoJSON). */
  columns: Array<Scalars['String']['output']>;
  /** UTF-8, UTF-8 (BOM) or Windows-1252. */
  encoding: Scalars['String']['output'];
  /** The first 10 rows. */
  rows: Array<ImportPreviewRow>;
  /** CSV separator: ; , | or TAB (null for GeoJSON). */
  separator?: Maybe<Scalars['String']['output']>;
  /** Field → column guessed from the column names, as a mapping's `fields`: {fields: {name: "Nom", …}}. */
  suggestedMapping: Scalars['JSON']['output'];
  upload: ImportUpload;
};

export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  /** One cell per column of ImportPreview.columns (null: absent). */
  cells: Array<Maybe<Scalars['String']['output']>>;
  /** Why the import will reject this row, when the reader already knows. */
  error?: Maybe<Scalars['String']['output']>;
  /** Line (CSV) or feature number (GeoJSON) in the file. */
  line: Scalars['Int']['output'];
};

/** A row that was not imported: nothing of it was written. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  code: ImportRejectionCode;
  externalId?: Maybe<Scalars['String']['output']>;
  /** Line (CSV) or feature number (JSON) in the input. */
  line: Scalars['Int']['output'];
  /** Details in English, naming the value. */
  reason: Scalars['String']['output'];
};

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

/** One import of one source, with live progress while it runs. */
export type ImportRun = {
  __typename?: 'ImportRun';
  closed: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Records read so far. */
  processed: Scalars['Int']['output'];
  /** Share of the input read, 0..1. */
  progress: Scalars['Float']['output'];
  queuedForReview: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** The first 1000 rejected rows. */
  rejections: Array<ImportRejection>;
  sourceId: Scalars['ID']['output'];
  sourceName: Scalars['String']['output'];
  startedAt: Scalars['String']['output'];
  status: ImportRunStatus;
  /** Records in the input, known once it is read. */
  total?: Maybe<Scalars['Int']['output']>;
  trigger: ImportTrigger;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** Rows imported with at least one value left out (see warnings). */
  warned: Scalars['Int']['output'];
  /** The first 1000 values left out of imported rows. */
  warnings: Array<ImportWarning>;
};


/** One import of one source, with live progress while it runs. */
export type ImportRunRejectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One import of one source, with live progress while it runs. */
export type ImportRunWarningsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportRunStatus =
  | 'FAILED'
  | 'INTERRUPTED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type ImportTrigger =
  | 'API'
  | 'CLI'
  | 'SCHEDULE';

/** A file staff uploaded for an import (POST /admin/uploads); deleted once imported, or after a day. */
export type ImportUpload = {
  __typename?: 'ImportUpload';
  expiresAt: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  format: ImportUploadFormat;
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
};

export type ImportUploadFormat =
  | 'CSV'
  | 'GEOJSON';

export type ImportUploadInput = {
  /** Field mapping (see docs/operations.md), saved on the source. */
  mapping: Scalars['JSON']['input'];
  /** …or a new source (its format is the file's). */
  newSource?: InputMaybe<NewSourceInput>;
  /** An existing CSV or GeoJSON source of the file's format… */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  uploadId: Scalars['ID']['input'];
};

export type ImportUploadPayload = {
  __typename?: 'ImportUploadPayload';
  problems: Array<SourceProblem>;
  /** The run started; follow it with importRun(id). */
  run?: Maybe<ImportRun>;
  source?: Maybe<Source>;
};

/** A row that was imported without one of its values, which could not be read (never guessed). */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  code: ImportWarningCode;
  externalId?: Maybe<Scalars['String']['output']>;
  /** The record field: openingHours, phone, email, website, postcode, inseeCode or siret. */
  field: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  /** Details in English. */
  reason: Scalars['String']['output'];
  /** The value as given (first 200 characters). */
  value: Scalars['String']['output'];
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

/**
 * Anonymous daily counters between `from` and `to` (YYYY-MM-DD, inclusive, at most 366 days). Communes and
 * phrases counted fewer than 5 times are left out. Territory-wide fields are for ADMIN and MODERATOR
 * (others: FORBIDDEN); `places` and `feedback` are the caller's organisation's places for EDITOR and STRUCTURE.
 */
export type Insights = {
  __typename?: 'Insights';
  /** Per commune; `subcategoryIds` narrows to some objects (e.g. one family). */
  communes: Array<CommuneDemand>;
  feedback: Array<FoundItCount>;
  from: Scalars['String']['output'];
  places: Array<PlaceInsight>;
  searchesByDay: Array<DayCount>;
  subcategories: Array<SubcategoryDemand>;
  to: Scalars['String']['output'];
  unknownPhrases: Array<PhraseCount>;
};


/**
 * Anonymous daily counters between `from` and `to` (YYYY-MM-DD, inclusive, at most 366 days). Communes and
 * phrases counted fewer than 5 times are left out. Territory-wide fields are for ADMIN and MODERATOR
 * (others: FORBIDDEN); `places` and `feedback` are the caller's organisation's places for EDITOR and STRUCTURE.
 */
export type InsightsCommunesArgs = {
  subcategoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Anonymous daily counters between `from` and `to` (YYYY-MM-DD, inclusive, at most 366 days). Communes and
 * phrases counted fewer than 5 times are left out. Territory-wide fields are for ADMIN and MODERATOR
 * (others: FORBIDDEN); `places` and `feedback` are the caller's organisation's places for EDITOR and STRUCTURE.
 */
export type InsightsUnknownPhrasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InviteUserInput = {
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required for EDITOR, STRUCTURE and COLLECTIVITY. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  passwordLink?: Maybe<PasswordLink>;
  problems: Array<FieldProblem>;
  user?: Maybe<StaffUser>;
};

export type Label = {
  __typename?: 'Label';
  /** quality (Répar'acteurs, QualiRépar…), insertion (SIAE typology), network (Emmaüs…), actor (ESS…). */
  group: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};


export type LabelLabelArgs = {
  lang?: InputMaybe<Lang>;
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

export type LoginPayload = {
  __typename?: 'LoginPayload';
  viewer: Viewer;
};

/** A place as staff manage it: every status, its version, overrides and provenance. */
export type ManagedPlace = {
  __typename?: 'ManagedPlace';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Field paths set by staff by hand. */
  overrides: Array<Scalars['String']['output']>;
  /** The place's fields, as the public sees them once it is published. */
  place: Place;
  provenance: Array<FieldProvenance>;
  status: PlaceStatus;
  updatedAt: Scalars['String']['output'];
  /** Send it back with every edit: a stale version gets a CONFLICT error. */
  version: Scalars['Int']['output'];
};

export type ManagedPlaceConnection = {
  __typename?: 'ManagedPlaceConnection';
  nodes: Array<ManagedPlace>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ManagedPlacesFilter = {
  kinds?: InputMaybe<Array<PlaceKind>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PlaceStatus>>;
  /** Part of the name, commune or slug (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type MapFeature = {
  __typename?: 'MapFeature';
  /** Number of places in the cluster (1 for a place). */
  count: Scalars['Int']['output'];
  /** Zoom at which a cluster splits; null for a place. */
  expansionZoom?: Maybe<Scalars['Int']['output']>;
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
  /** Set when type is PLACE. */
  place?: Maybe<Place>;
  type: MapFeatureType;
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

export type MatchDecision =
  /** The record describes this place: merge it (now and on every next run). */
  | 'SAME_PLACE'
  /** A different place: create it apart (now and on every next run). */
  | 'SEPARATE';

/** An imported record that may be an existing place: staff decide. */
export type MatchReview = {
  __typename?: 'MatchReview';
  decidedAt?: Maybe<Scalars['String']['output']>;
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The existing place it may be. */
  place?: Maybe<Place>;
  reason: Scalars['String']['output'];
  recordAddress?: Maybe<Scalars['String']['output']>;
  /** The record's name, address and commune as imported. */
  recordName: Scalars['String']['output'];
  sourceName: Scalars['String']['output'];
  status: MatchReviewStatus;
};

export type MatchReviewStatus =
  | 'PENDING'
  | 'SAME_PLACE'
  | 'SEPARATE';

/** One month of a structure's places: how often they were shown in results, opened, called, website, directions. */
export type MonthFigures = {
  __typename?: 'MonthFigures';
  called: Scalars['Int']['output'];
  directions: Scalars['Int']['output'];
  /** YYYY-MM (Europe/Paris). */
  month: Scalars['String']['output'];
  opened: Scalars['Int']['output'];
  shown: Scalars['Int']['output'];
  website: Scalars['Int']['output'];
};

/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts all proposed fields, or only `fields` (MODERATOR, ADMIN). Pass the `placeVersion` the diff was
   * shown against to get CONFLICT if the place changed meanwhile.
   */
  acceptSuggestion: ReviewSuggestionPayload;
  /** Adds a term to the competences vocabulary (ADMIN). */
  addCompetence: Competence;
  /** Staff (ADMIN, EDITOR, MODERATOR): resolveObject uses it within a minute on every instance (no deploy). */
  addObjectSynonym: ObjectSynonym;
  addPlaceNotice: PlaceNoticesPayload;
  answerFoundIt: Scalars['Boolean']['output'];
  /** Withdraw an event from the agenda and the feeds. */
  cancelEvent: Event;
  /** Changes the signed-in person's password: every other session closes and earlier password links stop working; this browser gets a new session cookie. */
  changePassword: PasswordPayload;
  /** Hands a field back to the sources: the next import sets it again. */
  clearOverride: ManagedPlace;
  /** Takes a post off the board (its structure's accounts, ADMIN). */
  closeBoardPost: BoardPost;
  closePlace: ManagedPlace;
  /** Closes several places; a place changed since its version is reported, the others are closed. */
  closePlaces: BulkPlacesPayload;
  /**
   * « Toujours exact »: the place's listing is still accurate, nothing changed. ADMIN any place; EDITOR and
   * STRUCTURE their organisation's (a structure is then named as the confirmer). No version needed.
   */
  confirmPlace: ManagedPlace;
  countPlaceOutcome: Scalars['Boolean']['output'];
  /** Creates an API key (ADMIN scope). */
  createApiKey: CreateApiKeyPayload;
  /**
   * Posts an offer or a need for the viewer's structure (STRUCTURE; ADMIN names `organizationId`). An account
   * posts at most 20 times in 24 hours: RATE_LIMITED (`retryAfterSeconds`) beyond, nothing stored.
   */
  createBoardPost: BoardPost;
  /** Publish an event (ADMIN; EDITOR and STRUCTURE for their organisation's places or organisation). */
  createEvent: Event;
  createPlace: PlaceEditPayload;
  /** Creates a source (staff: ADMIN or EDITOR). */
  createSource: SourcePayload;
  createWebhook: CreatedWebhook;
  /**
   * Confirms (closes the places, each with an audit event) or dismisses (keeps them open) a pending closure set.
   * ADMIN, or EDITOR of the source's organisation. CONFLICT ALREADY_REVIEWED when decided already,
   * IMPORT_RUNNING when confirming while the source is being imported.
   */
  decidePendingClosure: PendingClosure;
  /**
   * A month's declaration by form (STRUCTURE: its own organisation; ADMIN, EDITOR: any), stored as a new
   * PENDING version. Any bad line refuses the whole form: BAD_USER_INPUT with `problems` (line, field,
   * problem) in extensions, nothing stored.
   */
  declareImpact: ImpactDeclaration;
  deleteWebhook: Scalars['Boolean']['output'];
  /** Re-enables a disabled webhook: what waited is delivered in order. */
  enableWebhook: Webhook;
  /** Hides a post, with a reason kept in its moderation trail (ADMIN, EDITOR, MODERATOR). */
  hideBoardPost: BoardPost;
  /**
   * A till or scale export (CSV text, ≤ 64 KiB, ≤ 2000 rows; columns mois;commune;sous_categorie;flux;devenir;kg;pieces).
   * Bad rows are refused one by one and reported; the good rows are stored, one PENDING version per month.
   * `inseeCode` applies to rows when the file has no commune column.
   */
  importImpactCsv: ImpactCsvImport;
  /** Imports an uploaded file into a source with a mapping (ADMIN, EDITOR of the source's organisation). */
  importUpload: ImportUploadPayload;
  /** Creates an account and returns its one-time password link, also mailed when SMTP is configured (ADMIN). */
  inviteUser: InviteUserPayload;
  /** A new one-time password link for an account; earlier links stop working (ADMIN). */
  issuePasswordLink: PasswordLink;
  /** Signs in: sets an httpOnly session cookie and a trusted-browser cookie. UNAUTHENTICATED on wrong credentials (the same for an unknown email), RATE_LIMITED (retryAfterSeconds) after repeated failures from this address or browser (docs/operations.md, Security). */
  login: LoginPayload;
  /** Signs out this browser (its session is deleted and the cookie cleared). */
  logout: Scalars['Boolean']['output'];
  /** DRAFT → PUBLISHED: visible to the public within seconds. */
  publishPlace: ManagedPlace;
  /** ADMIN, EDITOR: refuse a pending version, saying why (3 to 500 characters). */
  rejectImpactDeclaration: ImpactDeclaration;
  rejectSuggestion: ReviewSuggestionPayload;
  /** Staff (ADMIN, EDITOR, MODERATOR). False when there was no such synonym. */
  removeObjectSynonym: Scalars['Boolean']['output'];
  /** Removes a notice from the given places (those that do not carry it are left unchanged). */
  removePlaceNotice: Array<ManagedPlace>;
  reopenPlace: ManagedPlace;
  /**
   * Anyone: a resident's text matched nothing (and they picked this sub-category instead). Counted
   * anonymously by normalized text; not recorded (false) when the text matches an object, holds an e-mail
   * address or a number of 4 digits or more, or is longer than 80 letters. Over 200 characters: BAD_USER_INPUT.
   */
  reportUnknownObject: Scalars['Boolean']['output'];
  /**
   * Self-service "forgot password" for staff (no sign-in needed). Always true, whether or not the address has
   * an account. When it belongs to an enabled account and the server sends mail (SMTP_URL), a new one-time
   * password link is mailed to it and earlier links stop working; without SMTP nothing is sent (ask an
   * administrator for a link). RATE_LIMITED (retryAfterSeconds) when asked too often from one client address
   * or for one email address.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Puts a hidden post back (ADMIN, EDITOR, MODERATOR). */
  restoreBoardPost: BoardPost;
  /** Restores the value `field` had before the change `eventId` (ADMIN); it becomes an editor override. */
  revertPlaceField: ManagedPlace;
  /** Decides an uncertain match; applied at once and remembered for the next runs. */
  reviewMatch: MatchReview;
  /** Revokes an API key at once on this instance, within the key refresh interval on others (ADMIN scope). */
  revokeApiKey: ApiKey;
  /** Starts an import of the source from its URL now; follow it with importRun(id). CONFLICT when one is running. */
  runSource: ImportRun;
  /** Chooses how a structure hears of matching offers (its own STRUCTURE accounts; ADMIN names `organizationId`). */
  setBoardSubscription: BoardSubscription;
  /** Chooses a password with the token of a one-time link, and signs in. */
  setPassword: PasswordPayload;
  /** Sets the same opening hours on several places (null clears them). */
  setPlacesOpeningHours: BulkPlacesPayload;
  /** A suggestion from the public (no account). Rate-limited per address (RATE_LIMITED). */
  submitSuggestion: SubmitSuggestionPayload;
  /** Replaces a post's content (its structure's accounts, ADMIN). */
  updateBoardPost: BoardPost;
  /** Replace an event's fields (same rights, over the event as it is and as it will be). */
  updateEvent: Event;
  /** Sets an organisation's kind and territory, e.g. makes it a COLLECTIVITY of some communes (ADMIN). */
  updateOrganization: Organization;
  updatePlace: PlaceEditPayload;
  /** Changes a source's settings: mapping, schedule, priority, URL… (staff: ADMIN or EDITOR). */
  updateSource: SourcePayload;
  /**
   * Sets a source's format-specific options (ADMIN only; recorded in Source.changes). BAD_USER_INPUT with
   * extensions.reason UNKNOWN_SOURCE_OPTION (extensions.option names it), INVALID_SOURCE_OPTION,
   * LICENCE_TITLE_MISMATCH (acceptedLicence is not the exact title the dataset declares: extensions.licence gives
   * it) or LICENCE_NOT_CHECKABLE (the source reads no data-fair dataset). null clears them.
   */
  updateSourceOptions: Source;
  /** Replaces a structure's profile (its own STRUCTURE accounts, or ADMIN). */
  updateStructureProfile: Structure;
  /** Changes an account's role, organisation or disabled flag (ADMIN). */
  updateUser: UpdateUserPayload;
  /** ADMIN, EDITOR: a pending version now counts; the month's earlier validated version becomes SUPERSEDED. */
  validateImpactDeclaration: ImpactDeclaration;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationAcceptSuggestionArgs = {
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  placeVersion?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationAddCompetenceArgs = {
  input: AddCompetenceInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationAddObjectSynonymArgs = {
  subcategoryId: Scalars['ID']['input'];
  term: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationAddPlaceNoticeArgs = {
  notice: PlaceNoticeInput;
  target: NoticeTargetInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationAnswerFoundItArgs = {
  answer: FoundItAnswer;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  subcategoryId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationClearOverrideArgs = {
  field: Scalars['String']['input'];
  placeId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCloseBoardPostArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationClosePlaceArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationClosePlacesArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  places: Array<PlaceVersionInput>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationConfirmPlaceArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCountPlaceOutcomeArgs = {
  outcome: PlaceOutcome;
  placeId: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreateBoardPostArgs = {
  input: BoardPostInput;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreateEventArgs = {
  input: EventInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreatePlaceArgs = {
  input: CreatePlaceInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreateSourceArgs = {
  input: SourceInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationDecidePendingClosureArgs = {
  decision: ClosureDecision;
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationDeclareImpactArgs = {
  input: ImpactDeclarationInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationHideBoardPostArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationImportImpactCsvArgs = {
  csv: Scalars['String']['input'];
  inseeCode?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationImportUploadArgs = {
  input: ImportUploadInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationIssuePasswordLinkArgs = {
  userId: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationPublishPlaceArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRejectImpactDeclarationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRejectSuggestionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRemoveObjectSynonymArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRemovePlaceNoticeArgs = {
  noticeId: Scalars['ID']['input'];
  placeIds: Array<Scalars['ID']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationReopenPlaceArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationReportUnknownObjectArgs = {
  pickedSubcategoryId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRestoreBoardPostArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRevertPlaceFieldArgs = {
  eventId: Scalars['ID']['input'];
  field: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationReviewMatchArgs = {
  decision: MatchDecision;
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationRunSourceArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationSetBoardSubscriptionArgs = {
  input: BoardSubscriptionInput;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationSetPlacesOpeningHoursArgs = {
  openingHours?: InputMaybe<Scalars['String']['input']>;
  places: Array<PlaceVersionInput>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationSubmitSuggestionArgs = {
  input: SuggestionInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateBoardPostArgs = {
  id: Scalars['ID']['input'];
  input: BoardPostInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdatePlaceArgs = {
  fields: PlaceFieldsInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  input: SourceInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateSourceOptionsArgs = {
  id: Scalars['ID']['input'];
  options?: InputMaybe<Scalars['JSON']['input']>;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateStructureProfileArgs = {
  id: Scalars['ID']['input'];
  input: StructureProfileInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/** Writes. Each domain module adds its mutations with `extend type Mutation`. */
export type MutationValidateImpactDeclarationArgs = {
  id: Scalars['ID']['input'];
};

/** A sub-category residents sought from the communes within 15 km of a structure's places. */
export type NearbyDemand = {
  __typename?: 'NearbyDemand';
  /** Searches that found no matching place within 15 km. */
  nothingWithin15Km: Scalars['Int']['output'];
  /** Whether one of the structure's places takes it (in one of its offers); false: sought nearby and not offered. */
  offered: Scalars['Boolean']['output'];
  searches: Scalars['Int']['output'];
  subcategoryId: Scalars['ID']['output'];
};

/** A competence of the vocabulary missing in some communes of the territory. */
export type NetworkGap = {
  __typename?: 'NetworkGap';
  /** The communes where it is missing, in the territory's order. */
  communes: Array<GapCommune>;
  competence: Competence;
};

export type NewSourceInput = {
  attribution?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** 0..100, higher wins (70 by default for your own files). */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The places a notice goes to: the given ids, plus every published or draft place the caller may edit of
 * these kinds and/or in these communes (names or INSEE codes; kinds and communes together: both must
 * match). At most 500 places.
 */
export type NoticeTargetInput = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<PlaceKind>>;
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ObjectCondition =
  | 'BROKEN'
  | 'GOOD';

/** A synonym added by staff: resolveObject uses it without a deploy. */
export type ObjectSynonym = {
  __typename?: 'ObjectSynonym';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  subcategory: Subcategory;
  /** Normalized (lower case, no accents). */
  term: Scalars['String']['output'];
};

export type Offer = {
  __typename?: 'Offer';
  action: Action;
  subcategories: Array<Subcategory>;
};

/** One action × the sub-categories (LVAO ids) it applies to. */
export type OfferInput = {
  action: Action;
  subcategories: Array<Scalars['ID']['input']>;
};

/** A competence a structure offers and the communes where it does (its whole territory when it names none). */
export type OfferedCompetence = {
  __typename?: 'OfferedCompetence';
  code: Scalars['String']['output'];
  communes: Array<Scalars['String']['output']>;
  label: Scalars['String']['output'];
};

export type OfferedCompetenceInput = {
  code: Scalars['String']['input'];
  /** Empty: the structure's whole territory. */
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A body that owns listings and staff accounts: the waste syndicate, a ressourcerie, an association. */
export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  territory: Array<Scalars['String']['output']>;
};

/** What an organisation is. */
export type OrganizationKind =
  /** A local authority (commune, intercommunality): its territory is its communes. */
  | 'COLLECTIVITY'
  | 'OTHER'
  | 'PARTNER'
  | 'STRUCTURE'
  | 'SYNDICATE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A one-time link to choose a password (`<REEMPLOI_PUBLIC_URL>/admin/mot-de-passe#token=…`). */
export type PasswordLink = {
  __typename?: 'PasswordLink';
  /** True when it was also sent by mail (SMTP_URL is set). */
  emailed: Scalars['Boolean']['output'];
  expiresAt: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type PasswordPayload = {
  __typename?: 'PasswordPayload';
  ok: Scalars['Boolean']['output'];
  problems: Array<FieldProblem>;
  /** Set when the password was set through a link: the person is now signed in. */
  viewer?: Maybe<Viewer>;
};

/**
 * Places one complete import run would have closed but held, because they were more than 5 % of the
 * source's open places (a broken feed must not empty the map). Staff confirm (they are closed) or dismiss.
 */
export type PendingClosure = {
  __typename?: 'PendingClosure';
  /** Places closed on confirmation (one that came back or was closed by hand meanwhile is left as it is). */
  closed?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importRunId: Scalars['ID']['output'];
  places: Array<HeldPlace>;
  sourceId: Scalars['ID']['output'];
  sourceName: Scalars['String']['output'];
  /** Open places the source listed before that run. */
  sourcePlaces: Scalars['Int']['output'];
  status: PendingClosureStatus;
};

export type PendingClosureStatus =
  /** Staff confirmed: the places were closed. */
  | 'CONFIRMED'
  /** Staff kept the places open; the next complete run decides again. */
  | 'DISMISSED'
  /** Waiting for staff: the places are still open. */
  | 'PENDING'
  /** A later complete run of the source decided again. */
  | 'SUPERSEDED';

export type PhraseCount = {
  __typename?: 'PhraseCount';
  count: Scalars['Int']['output'];
  phrase: Scalars['String']['output'];
};

export type Place = {
  __typename?: 'Place';
  accessibility?: Maybe<Scalars['String']['output']>;
  address: Address;
  appointmentOnly: Scalars['Boolean']['output'];
  audience?: Maybe<Audience>;
  contact: Contact;
  /** What residents read about the place: in French by default; with `lang: EN`, in English when we have it, else in French. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Set when the query had `near`: distance in metres from that point to `location`. Results are ordered by
   * max(distanceMeters, locationUncertaintyMeters), exact places first on ties, so an approximate point
   * never outranks an exact place at a comparable distance.
   */
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  /** openingHours with the notices folded in as OSM date-range rules; null when hours are unknown. */
  effectiveOpeningHours?: Maybe<Scalars['String']['output']>;
  /** The place's next event occurrences, from now, within `days` (1..366). */
  events: Array<EventOccurrence>;
  /** When the listing was last confirmed and by whom; TO_VERIFY after 12 months without confirmation. */
  freshness: Freshness;
  homeService: Scalars['Boolean']['output'];
  /** True when openingHours are typical hours for this kind of place (demo data), not hours a source published. */
  hoursAreIllustrative: Scalars['Boolean']['output'];
  /** Stable public id (survives re-imports). */
  id: Scalars['ID']['output'];
  /** True for the Cotentin demo data shipped with Réemploi (approximate, to be confirmed). */
  isDemo: Scalars['Boolean']['output'];
  kind: PlaceKind;
  labels: Array<Label>;
  location: GeoPoint;
  locationPrecision: LocationPrecision;
  /** How far the place may be from `location`, in metres: 0 for EXACT and ADDRESS, 250 for STREET, 2000 for COMMUNE. */
  locationUncertaintyMeters: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** When the place next opens or closes (ISO 8601), null when unknown or never. */
  nextChangeAt?: Maybe<Scalars['String']['output']>;
  /**
   * Notices not yet over, current ones first, then by first day: closures, exceptional and seasonal hours,
   * free notices. openNow, nextChangeAt, weekHours and the openNow filter already take them into account.
   */
  notices: Array<PlaceNotice>;
  offers: Array<Offer>;
  /** Null when hours are unknown. */
  openNow?: Maybe<Scalars['Boolean']['output']>;
  /** OSM opening_hours syntax, e.g. 'Mo-Fr 09:00-12:00,14:00-18:00; PH off'. */
  openingHours?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  sources: Array<PlaceSource>;
  status: PlaceStatus;
  updatedAt: Scalars['String']['output'];
  /** Opening intervals for the next 7 days, starting today. Empty when hours are unknown. */
  weekHours: Array<DayHours>;
};


export type PlaceDescriptionArgs = {
  lang?: InputMaybe<Lang>;
};


export type PlaceEventsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change, in the feed's order. Read the place itself with place(id) (its version is at least `version`). */
export type PlaceChange = {
  __typename?: 'PlaceChange';
  /** When it was recorded (ISO 8601). */
  at: Scalars['String']['output'];
  commune?: Maybe<Scalars['String']['output']>;
  /** Resume after this change with placesChanged(since: cursor). */
  cursor: Scalars['String']['output'];
  inseeCode?: Maybe<Scalars['String']['output']>;
  kind: PlaceChangeKind;
  placeId?: Maybe<Scalars['ID']['output']>;
  /** The place's version after the change; keep the highest you applied. */
  version?: Maybe<Scalars['Int']['output']>;
};

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

export type PlaceChangePage = {
  __typename?: 'PlaceChangePage';
  changes: Array<PlaceChange>;
  /** Where to continue; it may move on with no change in the page (entries that mean nothing to partners). */
  endCursor: Scalars['String']['output'];
  /** More changes are ready: ask again at once. false: poll later from endCursor. */
  hasMore: Scalars['Boolean']['output'];
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  facets: PlaceFacets;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceEditPayload = {
  __typename?: 'PlaceEditPayload';
  place?: Maybe<ManagedPlace>;
  problems: Array<FieldProblem>;
};

/** Counts of matching places per filter value, each facet ignoring its own filter. */
export type PlaceFacets = {
  __typename?: 'PlaceFacets';
  actions: Array<FacetCount>;
  kinds: Array<FacetCount>;
  labels: Array<FacetCount>;
};

/**
 * Fields of a place for a staff edit or a public suggestion. A field left out is unchanged; null or an
 * empty string clears it. Sub-categories and labels are checked against the taxonomy, hours against the
 * OSM opening_hours syntax.
 */
export type PlaceFieldsInput = {
  accessibility?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<AddressInput>;
  appointmentOnly?: InputMaybe<Scalars['Boolean']['input']>;
  audience?: InputMaybe<Audience>;
  contact?: InputMaybe<ContactInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  homeService?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PlaceKind>;
  /** Label ids (see Query.labels / Place.labels). */
  labels?: InputMaybe<Array<Scalars['ID']['input']>>;
  location?: InputMaybe<GeoPointInput>;
  locationPrecision?: InputMaybe<LocationPrecision>;
  name?: InputMaybe<Scalars['String']['input']>;
  offers?: InputMaybe<Array<OfferInput>>;
  openingHours?: InputMaybe<Scalars['String']['input']>;
};

export type PlaceFilter = {
  /** Places with an offer for any of these actions. */
  actions?: InputMaybe<Array<Action>>;
  /** Places accepting any sub-category of these categories (combined with actions on the same offer). */
  categories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Commune names or INSEE codes. */
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  homeService?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<PlaceKind>>;
  /** Places having any of these labels. */
  labels?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only places open right now (Europe/Paris, French public holidays). */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Places accepting any of these sub-categories (combined with actions on the same offer). */
  subcategories?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** French full-text search on names, descriptions, communes and accepted objects. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One change to a place: who, when, and each field before and after. */
export type PlaceHistoryEvent = {
  __typename?: 'PlaceHistoryEvent';
  action: AuditAction;
  actor: AuditActor;
  at: Scalars['String']['output'];
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The place's version after this change. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** How often a place was shown in results, opened, called, its website opened, directions asked. */
export type PlaceInsight = {
  __typename?: 'PlaceInsight';
  called: Scalars['Int']['output'];
  directions: Scalars['Int']['output'];
  /** The place's name when it is published. */
  name?: Maybe<Scalars['String']['output']>;
  opened: Scalars['Int']['output'];
  placeId: Scalars['ID']['output'];
  shown: Scalars['Int']['output'];
  website: Scalars['Int']['output'];
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

export type PlaceKindInfo = {
  __typename?: 'PlaceKindInfo';
  id: PlaceKind;
  label: Scalars['String']['output'];
};


export type PlaceKindInfoLabelArgs = {
  lang?: InputMaybe<Lang>;
};

/** A closure, exceptional or seasonal hours or a free notice on a place. Texts are plain text. */
export type PlaceNotice = {
  __typename?: 'PlaceNotice';
  /** True when today (Europe/Paris) is within startsOn–endsOn; always for seasonal hours. */
  current: Scalars['Boolean']['output'];
  /** Last day, inclusive; null for seasonal hours. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** The same id on every place the notice was added to at once. */
  id: Scalars['ID']['output'];
  kind: PlaceNoticeKind;
  /** NOTICE: the text shown to residents. */
  message?: Maybe<Scalars['String']['output']>;
  /** EXCEPTIONAL_HOURS: the hours of the period. */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** CLOSURE: why, shown to residents. */
  reason?: Maybe<Scalars['String']['output']>;
  /** SEASONAL_HOURS: the seasons. */
  seasons: Array<SeasonHours>;
  /** First day, YYYY-MM-DD (Europe/Paris); null for seasonal hours. */
  startsOn?: Maybe<Scalars['String']['output']>;
};

/**
 * A notice to add. CLOSURE: startsOn, endsOn, reason (≤ 80 characters). EXCEPTIONAL_HOURS: startsOn, endsOn,
 * openingHours. SEASONAL_HOURS: 1 to 4 seasons. NOTICE: message (≤ 280 characters), endsOn (startsOn
 * defaults to today). Days are YYYY-MM-DD, inclusive, ending today at the earliest and within two years.
 * Texts are plain text: markup (<b>, <script>…) is refused.
 */
export type PlaceNoticeInput = {
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: PlaceNoticeKind;
  message?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  seasons?: InputMaybe<Array<SeasonHoursInput>>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
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

export type PlaceNoticesPayload = {
  __typename?: 'PlaceNoticesPayload';
  notice: PlaceNotice;
  /** Every place written, at its new version. */
  places: Array<ManagedPlace>;
};

/** What a resident did with a place (counted anonymously; SHOWN is counted by the search itself). */
export type PlaceOutcome =
  | 'CALLED'
  | 'DIRECTIONS'
  | 'OPENED'
  | 'WEBSITE';

export type PlaceSource = {
  __typename?: 'PlaceSource';
  /** Credit the source asks for, in `lang` when the source gives it in that language, else in French. */
  attribution?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  lastSeenAt?: Maybe<Scalars['String']['output']>;
  /** Licence of the source's data, in `lang` when the source gives it in that language, else in French. */
  licence?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


export type PlaceSourceAttributionArgs = {
  lang?: InputMaybe<Lang>;
};


export type PlaceSourceLicenceArgs = {
  lang?: InputMaybe<Lang>;
};

export type PlaceStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

export type PlaceVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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

/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type Query = {
  __typename?: 'Query';
  actions: Array<ActionInfo>;
  /** API version and licence information. */
  apiInfo: ApiInfo;
  /** Default and highest rate per minute of keys (ADMIN scope). */
  apiKeyLimits: ApiKeyLimits;
  /** Every API key (ADMIN scope). */
  apiKeys: Array<ApiKey>;
  /** A post, as `boardPosts` shows it (hidden, closed or expired ones: their structure and moderators only). */
  boardPost?: Maybe<BoardPost>;
  /**
   * The board: open posts not expired, newest first. Anonymous visitors see offers only, without contact unless
   * the structure chose it; signed-in accounts see offers and needs. `first` ≤ 100.
   */
  boardPosts: BoardPostPage;
  /** A structure's notification choice (its own STRUCTURE accounts, ADMIN); null when never set. */
  boardSubscription?: Maybe<BoardSubscription>;
  categories: Array<Category>;
  /**
   * The communes among networkGaps' (same readers, same `communes` and defaults) whose position is unknown:
   * the gaps do not judge them (`pnpm reemploi territory communes` fetches the missing positions).
   */
  communesWithoutPosition: Array<Scalars['String']['output']>;
  /** The competences vocabulary, by label (public). */
  competences: Array<Competence>;
  /** The API key this request is made with (null when anonymous). */
  currentApiKey?: Maybe<ApiKey>;
  /** One event by id (scheduled or cancelled). */
  event?: Maybe<Event>;
  /**
   * Occurrences of scheduled events overlapping [from, to), by start time. `from` defaults to now, `to` to
   * 30 days later, at most 366 days apart (ISO 8601; without an offset, Paris time). Needs `near` (with
   * `radiusKm`, default 10, at most 100) or `filter.communes`. `first` is 1..100.
   */
  events: EventOccurrenceConnection;
  /** Public: what the reuse network achieved, from validated declarations only. `year` null: every year. */
  impact: Impact;
  /**
   * Staff: declarations, latest month and version first (every version: the history). STRUCTURE: its own
   * organisation only; ADMIN, EDITOR, MODERATOR: any. `first` ≤ 500.
   */
  impactDeclarations: Array<ImpactDeclaration>;
  /** Encoding, separator, columns, first rows and a suggested mapping of an uploaded file (ADMIN, EDITOR). */
  importPreview: ImportPreview;
  importRun?: Maybe<ImportRun>;
  /** Latest import runs of every source, or of one (staff). */
  importRuns: Array<ImportRun>;
  /** Staff only. ADMIN may give an organizationId to see that organisation's places only. */
  insights: Insights;
  labels: Array<Label>;
  /**
   * Scheduled events not over yet that the viewer may change, soonest first (back-office): ADMIN every
   * event, EDITOR and STRUCTURE their organisation's. At most `first` (1..200).
   */
  managedEvents: Array<Event>;
  managedPlace: ManagedPlace;
  /** Places staff may see (all statuses), by name; ADMIN and MODERATOR see all, EDITOR and STRUCTURE their organisation's. */
  managedPlaces: ManagedPlaceConnection;
  /** Clusters or single places for a map view; zoom 0..22. */
  mapFeatures: Array<MapFeature>;
  /** Uncertain matches waiting for a decision, oldest first (staff). */
  matchReviews: Array<MatchReview>;
  /**
   * The communes networkGaps answers about (same readers, same `communes` and defaults: a COLLECTIVITY's
   * whole territory), in its order, with their INSEE codes: what the collectivity's gaps map draws, those
   * without a gap included. An entry that is not a commune of the syndicate's territory is left out.
   */
  networkCommunes: Array<TerritoryCommune>;
  /**
   * Gaps of the network: each competence of the vocabulary that no structure offers within 30 km of some of
   * `communes`, with those communes (COLLECTIVITY: within its territory, all of it by default, FORBIDDEN
   * OUTSIDE_TERRITORY beyond; ADMIN: `communes` required; at most 500). A structure offers a competence in the
   * communes it names for it (its territory when none) and at its published places; distances run between
   * commune positions (commune-positions.json) and places. A commune without a known position is not judged
   * by distance, so it is never a gap: `communesWithoutPosition` lists those.
   */
  networkGaps: Array<NetworkGap>;
  /** Staff (ADMIN, EDITOR, MODERATOR): synonyms added from the back-office. */
  objectSynonyms: Array<ObjectSynonym>;
  /** Every organisation, by name, to attach a staff account to one (`inviteUser`, `updateUser`) (ADMIN). */
  organizations: Array<Organization>;
  /** « Fermetures en attente »: closure sets runs held, oldest first, for the sources the viewer manages. */
  pendingClosures: Array<PendingClosure>;
  /** One place by id or slug (published, or closed so old links still explain it). */
  place?: Maybe<Place>;
  /** The changes to a place, newest first (staff who may see the place). */
  placeHistory: Array<PlaceHistoryEvent>;
  placeKinds: Array<PlaceKindInfo>;
  /**
   * Search published places. With `near`, results are ordered by distance (nearest first) and
   * `distanceMeters` is set; `radiusKm` limits the distance. `first` is 1..100.
   */
  places: PlaceConnection;
  /** Every change of the public directory after `since`, in order (docs/api.md "Partners keep in sync"). */
  placesChanged: PlaceChangePage;
  /** The cursor of the latest change: ask it before taking a full copy (exports), then follow placesChanged from it. */
  placesChangedCursor: Scalars['String']['output'];
  /** « À vérifier »: published places in the viewer's scope not confirmed for 12 months, oldest confirmation first. */
  placesToVerify: ManagedPlaceConnection;
  /**
   * Free text in a resident's words ('canapé', 'frigo', 'je veux me débarrasser de mon vieux canapé') →
   * ranked sub-categories; [] only when no word is recognised. Text over 200 characters: BAD_USER_INPUT.
   */
  resolveObject: Array<SubcategoryMatch>;
  source?: Maybe<Source>;
  /** Every source (staff). */
  sources: Array<Source>;
  /** A structure's profile (public; non-public fields as `Structure` says), or null. */
  structure?: Maybe<Structure>;
  /**
   * A structure's figures. STRUCTURE and EDITOR: their own organisation (organizationId omitted or theirs; another
   * is FORBIDDEN). ADMIN and MODERATOR: any organisation (organizationId required).
   */
  structureInsights: StructureInsights;
  /**
   * Find a partner among structures with a profile (public; a COLLECTIVITY within its territory), by name,
   * `first` (≤ 200) at a time from `after` (a previous page's `pageInfo.endCursor`; any other value: BAD_USER_INPUT).
   */
  structures: StructureSearch;
  subcategory?: Maybe<Subcategory>;
  suggestion: Suggestion;
  /** The suggestion queue, oldest first. MODERATOR and ADMIN: all; EDITOR and STRUCTURE: about their organisation's places. */
  suggestions: SuggestionConnection;
  /** The communes of the syndicate's territory, by name (public): what a collectivity's territory is made of. */
  territoryCommunes: Array<TerritoryCommune>;
  /** Staff (ADMIN, EDITOR, MODERATOR): texts that matched no object, most frequent first (first: 1–200). */
  unknownObjectQueries: Array<UnknownObjectQuery>;
  /** Every staff account (ADMIN). */
  users: Array<StaffUser>;
  /** The signed-in staff member (session cookie) or the admin token; null when anonymous. */
  viewer?: Maybe<Viewer>;
  /** An API key's webhooks: back-office admins, or the key itself. */
  webhooks: Array<Webhook>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryBoardPostArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryBoardPostsArgs = {
  filter?: InputMaybe<BoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryBoardSubscriptionArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryCommunesWithoutPositionArgs = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryImpactArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryImpactDeclarationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ImpactDeclarationStatus>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryImportPreviewArgs = {
  uploadId: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryImportRunArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryImportRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryInsightsArgs = {
  from: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryManagedEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryManagedPlaceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryManagedPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ManagedPlacesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryMapFeaturesArgs = {
  bbox: BBoxInput;
  filter?: InputMaybe<PlaceFilter>;
  zoom: Scalars['Int']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryMatchReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MatchReviewStatus>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryNetworkCommunesArgs = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryNetworkGapsArgs = {
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPendingClosuresArgs = {
  status?: InputMaybe<PendingClosureStatus>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPlaceArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPlaceHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bbox?: InputMaybe<BBoxInput>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPlacesChangedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryPlacesToVerifyArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryResolveObjectArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryStructureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryStructureInsightsArgs = {
  from: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryStructuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StructureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QuerySubcategoryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QuerySuggestionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QuerySuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  placeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SuggestionStatus>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryUnknownObjectQueriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Réemploi public GraphQL API. Vocabulary follows ADEME's LVAO ("Que faire de mes objets et déchets").
 * Labels accept a `lang` argument; French is the default.
 */
export type QueryWebhooksArgs = {
  apiKeyId: Scalars['ID']['input'];
};

export type ReviewSuggestionPayload = {
  __typename?: 'ReviewSuggestionPayload';
  place?: Maybe<ManagedPlace>;
  problems: Array<FieldProblem>;
  suggestion?: Maybe<Suggestion>;
};

/** Staff roles. ADMIN: everything, accounts. EDITOR: places (and sources) of their organisation. STRUCTURE: places of their organisation. MODERATOR: the suggestion queue. COLLECTIVITY: a local authority, reads the network's non-public parts on its territory (its organisation's communes). */
export type Role =
  | 'ADMIN'
  | 'COLLECTIVITY'
  | 'EDITOR'
  | 'MODERATOR'
  | 'STRUCTURE';

/** One season of SEASONAL_HOURS: from and to are MM-DD, inclusive; a season may run over the new year. */
export type SeasonHours = {
  __typename?: 'SeasonHours';
  from: Scalars['String']['output'];
  /** OSM opening_hours syntax. */
  openingHours: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type SeasonHoursInput = {
  from: Scalars['String']['input'];
  openingHours: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A configured data source (staff only). */
export type Source = {
  __typename?: 'Source';
  attribution?: Maybe<Scalars['String']['output']>;
  /** Who changed the source's options, latest first (ADMIN). */
  changes: Array<SourceChange>;
  /** Records kept: {epci: [SIREN…], bbox: {west, south, east, north}}. */
  filter?: Maybe<Scalars['JSON']['output']>;
  format: SourceFormat;
  id: Scalars['ID']['output'];
  lastRunAt?: Maybe<Scalars['String']['output']>;
  licence?: Maybe<Scalars['String']['output']>;
  /** Set while an import of this source runs somewhere. */
  lockedUntil?: Maybe<Scalars['String']['output']>;
  /** Field mapping of CSV/GeoJSON sources, as JSON. */
  mapping?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  nextRunAt?: Maybe<Scalars['String']['output']>;
  /** Format-specific options, as JSON: {acceptedLicence} (data-fair sources), {profile, acceptedLicence} (ECO_ORGANISMES). */
  options?: Maybe<Scalars['JSON']['output']>;
  /** Higher wins when two sources give the same field. */
  priority: Scalars['Int']['output'];
  /** Latest runs first. */
  runs: Array<ImportRun>;
  /** "every 6h", "every 30m" or "daily 03:30" (Europe/Paris); null: by hand only. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** http(s) URL the source is fetched from. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A configured data source (staff only). */
export type SourceChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A configured data source (staff only). */
export type SourceRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A recorded change of a source's settings: who, when, the value before and after. */
export type SourceChange = {
  __typename?: 'SourceChange';
  /** Who: the account's email, or null for the admin token or the command line. */
  actorEmail?: Maybe<Scalars['String']['output']>;
  actorType: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['String']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  /** The setting: options. */
  field: Scalars['String']['output'];
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

export type SourceInput = {
  attribution?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<Scalars['JSON']['input']>;
  /** Required when creating. */
  format?: InputMaybe<SourceFormat>;
  licence?: InputMaybe<Scalars['String']['input']>;
  mapping?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourcePayload = {
  __typename?: 'SourcePayload';
  problems: Array<SourceProblem>;
  source?: Maybe<Source>;
};

/** A problem with a source's settings that the person can fix. */
export type SourceProblem = {
  __typename?: 'SourceProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A staff account. */
export type StaffUser = {
  __typename?: 'StaffUser';
  createdAt: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** False until the person has used their password link. */
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  organizationName?: Maybe<Scalars['String']['output']>;
  role: Role;
};

/**
 * A structure's network profile (« Professionnels et collectivités »). Public except `insertionJobs` and
 * `contactPerson`, which only administrators, the structure's own accounts and a COLLECTIVITY whose territory
 * it covers read (null for everyone else).
 */
export type Structure = {
  __typename?: 'Structure';
  /** People it can put on a job at once. */
  capacity?: Maybe<Scalars['Int']['output']>;
  competences: Array<OfferedCompetence>;
  /** Non-public: the named contact person. */
  contactPerson?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** Holds the ESS status (économie sociale et solidaire). */
  ess: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Non-public: people employed in insertion (aggregated). */
  insertionJobs?: Maybe<Scalars['Int']['output']>;
  insertionTypes: Array<InsertionType>;
  legalForm?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Networks it belongs to (Emmaüs, Réseau des ressourceries…). */
  networks: Array<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** Its published places, by name (their pages: /lieu/<slug>). */
  places: Array<StructurePlace>;
  /** 14 digits, checked for format and key. */
  siret?: Maybe<Scalars['String']['output']>;
  /** Communes (names or INSEE codes) the structure covers. */
  territory: Array<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** Find a partner: every criterion given must hold. */
export type StructureFilter = {
  /** At least one must be covered. A COLLECTIVITY searches within its territory (FORBIDDEN OUTSIDE_TERRITORY beyond). */
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Each must be offered (in one of `communes` when given). */
  competences?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one. */
  insertionTypes?: InputMaybe<Array<InsertionType>>;
  minCapacity?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A structure's own figures between `from` and `to` (YYYY-MM-DD, inclusive, at most 366 days), from the same
 * anonymous counters. Sub-categories sought fewer than 5 times nearby are left out.
 */
export type StructureInsights = {
  __typename?: 'StructureInsights';
  from: Scalars['String']['output'];
  /** Its places' figures per month, oldest first. */
  months: Array<MonthFigures>;
  organizationId: Scalars['ID']['output'];
  places: Array<PlaceInsight>;
  /** Sub-categories sought within 15 km of its published places (by commune of the searched point), most sought first. */
  soughtNearby: Array<NearbyDemand>;
  to: Scalars['String']['output'];
};

/** A structure's published place, as its profile lists it. */
export type StructurePlace = {
  __typename?: 'StructurePlace';
  commune?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** A structure's whole profile (replaces the stored one). Bad input: BAD_USER_INPUT with `field`, nothing stored. */
export type StructureProfileInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  competences?: InputMaybe<Array<OfferedCompetenceInput>>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  ess?: InputMaybe<Scalars['Boolean']['input']>;
  insertionJobs?: InputMaybe<Scalars['Int']['input']>;
  insertionTypes?: InputMaybe<Array<InsertionType>>;
  legalForm?: InputMaybe<Scalars['String']['input']>;
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  siret?: InputMaybe<Scalars['String']['input']>;
  territory?: InputMaybe<Array<Scalars['String']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type StructureSearch = {
  __typename?: 'StructureSearch';
  /** Up to `first` structures, by name, from `after` on. */
  nodes: Array<Structure>;
  /** The next page: pass `endCursor` as `after`. */
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Subcategory = {
  __typename?: 'Subcategory';
  category: Category;
  /** Set when objects of this sub-category are hazardous: they must not go to a ressourcerie, and this says where they go. */
  hazard?: Maybe<Hazard>;
  /** LVAO sub-category code, e.g. meuble. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Everyday objects of this sub-category (LVAO objects list). */
  objects: Array<TaxonomyObject>;
  reusePossible: Scalars['Boolean']['output'];
};


export type SubcategoryLabelArgs = {
  lang?: InputMaybe<Lang>;
};


export type SubcategoryObjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SubcategoryCount = {
  __typename?: 'SubcategoryCount';
  count: Scalars['Int']['output'];
  subcategory: Subcategory;
};

export type SubcategoryDemand = {
  __typename?: 'SubcategoryDemand';
  /** The searched action (GIVE, BUY…); null when the search named none or several. */
  action?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  subcategoryId: Scalars['ID']['output'];
};

export type SubcategoryMatch = {
  __typename?: 'SubcategoryMatch';
  confidence: MatchConfidence;
  /** The object name or synonym that matched the text. */
  matchedText: Scalars['String']['output'];
  /** Relevance between 0 and 1. */
  score: Scalars['Float']['output'];
  /** The condition the text states ('cassé', 'qui marche plus' → BROKEN; 'bon état', 'neuf' → GOOD), or null. */
  statedCondition?: Maybe<ObjectCondition>;
  subcategory: Subcategory;
  /**
   * What to do with it, most fitting first: in good condition DONATE, SELL, EXCHANGE; broken REPAIR,
   * DROP_OFF; no condition stated: DONATE, REPAIR, SELL, DROP_OFF. A hazardous object only gets its
   * channel (DROP_OFF, or RETURN then DROP_OFF), never reuse.
   */
  suggestedActions: Array<Action>;
};

export type SubmitSuggestionPayload = {
  __typename?: 'SubmitSuggestionPayload';
  problems: Array<FieldProblem>;
  received: Scalars['Boolean']['output'];
};

export type Suggestion = {
  __typename?: 'Suggestion';
  contactEmail?: Maybe<Scalars['String']['output']>;
  diff: Array<SuggestionFieldDiff>;
  duplicateOf?: Maybe<ManagedPlace>;
  id: Scalars['ID']['output'];
  kind: SuggestionKind;
  note?: Maybe<Scalars['String']['output']>;
  /** The place concerned (for NEW_PLACE, the place created once accepted). */
  place?: Maybe<ManagedPlace>;
  /** The place's version when the suggestion was made. */
  placeVersionAtSubmission?: Maybe<Scalars['Int']['output']>;
  review?: Maybe<SuggestionReview>;
  status: SuggestionStatus;
  submittedAt: Scalars['String']['output'];
};

export type SuggestionConnection = {
  __typename?: 'SuggestionConnection';
  nodes: Array<Suggestion>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One proposed field next to the place's current value. */
export type SuggestionFieldDiff = {
  __typename?: 'SuggestionFieldDiff';
  current?: Maybe<Scalars['JSON']['output']>;
  /** False when the place already has the proposed value. */
  differs: Scalars['Boolean']['output'];
  field: Scalars['String']['output'];
  proposed?: Maybe<Scalars['JSON']['output']>;
};

export type SuggestionInput = {
  /** Optional, to be asked a question; never shown publicly. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** For DUPLICATE: the place to keep. */
  duplicateOfId?: InputMaybe<Scalars['ID']['input']>;
  /** What should change (CORRECTION, MOVED) or the new place (NEW_PLACE: name, kind and location required). */
  fields?: InputMaybe<PlaceFieldsInput>;
  kind: SuggestionKind;
  /** Anything to tell the moderators (2000 characters at most). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The place concerned (not for NEW_PLACE). */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave empty. Forms hide this field; only robots fill it. */
  website?: InputMaybe<Scalars['String']['input']>;
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

export type SuggestionReview = {
  __typename?: 'SuggestionReview';
  acceptedFields: Array<Scalars['String']['output']>;
  at?: Maybe<Scalars['String']['output']>;
  /** Email of the moderator. */
  by?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type SuggestionStatus =
  | 'ACCEPTED'
  | 'PARTIALLY_ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type TaxonomyObject = {
  __typename?: 'TaxonomyObject';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

/** A commune of the syndicate's territory (territories/cotentin.json). */
export type TerritoryCommune = {
  __typename?: 'TerritoryCommune';
  insee: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type TimeInterval = {
  __typename?: 'TimeInterval';
  closes: Scalars['String']['output'];
  opens: Scalars['String']['output'];
};

/** A text residents typed that matched no object (normalized; counted, never who typed it). */
export type UnknownObjectQuery = {
  __typename?: 'UnknownObjectQuery';
  count: Scalars['Int']['output'];
  lastSeenAt: Scalars['String']['output'];
  /** The sub-categories residents picked from the category list after typing it, most picked first. */
  picked: Array<SubcategoryCount>;
  text: Scalars['String']['output'];
};

export type UpdateOrganizationInput = {
  kind?: InputMaybe<OrganizationKind>;
  /**
   * Communes (names or INSEE codes): a structure's area, or a collectivity's territory. A COLLECTIVITY's are
   * communes of the syndicate's territory (`territoryCommunes`), stored as INSEE codes; any other entry is
   * refused (BAD_USER_INPUT, problem UNKNOWN_COMMUNE, the entries in `communes`) and nothing is stored.
   */
  territory?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateUserInput = {
  /** A disabled account cannot sign in; its sessions are closed at once. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  problems: Array<FieldProblem>;
  user?: Maybe<StaffUser>;
};

/** Who is calling. `user` is null for the REEMPLOI_ADMIN_TOKEN, which acts as an ADMIN. */
export type Viewer = {
  __typename?: 'Viewer';
  organizationId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  user?: Maybe<StaffUser>;
};

/** A partner key's HTTPS endpoint, sent signed change notifications (docs/api.md). */
export type Webhook = {
  __typename?: 'Webhook';
  apiKeyId: Scalars['ID']['output'];
  contactEmail: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** The delivery log, newest first. */
  deliveries: Array<WebhookDelivery>;
  disabledAt?: Maybe<Scalars['String']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kinds: Array<PlaceChangeKind>;
  status: WebhookStatus;
  /** Communes (names or INSEE codes) whose places' changes are sent; empty: all the key may read. */
  territory: Array<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};


/** A partner key's HTTPS endpoint, sent signed change notifications (docs/api.md). */
export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  cursor: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** The webhook-id header: the same on every attempt. */
  id: Scalars['ID']['output'];
  kind: PlaceChangeKind;
  lastAttemptAt?: Maybe<Scalars['String']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt (null: no answer). */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['String']['output']>;
  placeId?: Maybe<Scalars['ID']['output']>;
  status: WebhookDeliveryStatus;
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: Action;
  ActionInfo: ResolverTypeWrapper<ActionInfo>;
  ActorType: ActorType;
  AddCompetenceInput: AddCompetenceInput;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  ApiInfo: ResolverTypeWrapper<ApiInfo>;
  ApiKey: ResolverTypeWrapper<ApiKey>;
  ApiKeyInputProblem: ResolverTypeWrapper<ApiKeyInputProblem>;
  ApiKeyLimits: ResolverTypeWrapper<ApiKeyLimits>;
  ApiKeyMonthlyUsage: ResolverTypeWrapper<ApiKeyMonthlyUsage>;
  ApiKeyScope: ApiKeyScope;
  Audience: Audience;
  AuditAction: AuditAction;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  BBoxInput: BBoxInput;
  BoardContact: ResolverTypeWrapper<BoardContact>;
  BoardFilter: BoardFilter;
  BoardNotificationMode: BoardNotificationMode;
  BoardPhoto: ResolverTypeWrapper<BoardPhoto>;
  BoardPickup: ResolverTypeWrapper<BoardPickup>;
  BoardPost: ResolverTypeWrapper<BoardPost>;
  BoardPostInput: BoardPostInput;
  BoardPostKind: BoardPostKind;
  BoardPostPage: ResolverTypeWrapper<BoardPostPage>;
  BoardPostStatus: BoardPostStatus;
  BoardPostType: BoardPostType;
  BoardSubscription: ResolverTypeWrapper<BoardSubscription>;
  BoardSubscriptionInput: BoardSubscriptionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkPlaceError: ResolverTypeWrapper<BulkPlaceError>;
  BulkPlaceResult: ResolverTypeWrapper<BulkPlaceResult>;
  BulkPlacesPayload: ResolverTypeWrapper<BulkPlacesPayload>;
  Category: ResolverTypeWrapper<Category>;
  ClosureDecision: ClosureDecision;
  CommuneDemand: ResolverTypeWrapper<CommuneDemand>;
  Competence: ResolverTypeWrapper<Competence>;
  Confirmer: ResolverTypeWrapper<Confirmer>;
  ConfirmerType: ConfirmerType;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<CreateApiKeyPayload>;
  CreatePlaceInput: CreatePlaceInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: ResolverTypeWrapper<CreatedWebhook>;
  DayCount: ResolverTypeWrapper<DayCount>;
  DayHours: ResolverTypeWrapper<DayHours>;
  Direction: Direction;
  Event: ResolverTypeWrapper<Event>;
  EventFilter: EventFilter;
  EventInput: EventInput;
  EventKind: EventKind;
  EventOccurrence: ResolverTypeWrapper<EventOccurrence>;
  EventOccurrenceConnection: ResolverTypeWrapper<EventOccurrenceConnection>;
  EventStatus: EventStatus;
  EventVenue: ResolverTypeWrapper<EventVenue>;
  EventVenueInput: EventVenueInput;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FieldProblem: ResolverTypeWrapper<FieldProblem>;
  FieldProvenance: ResolverTypeWrapper<FieldProvenance>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FoundItAnswer: FoundItAnswer;
  FoundItCount: ResolverTypeWrapper<FoundItCount>;
  Freshness: ResolverTypeWrapper<Freshness>;
  FreshnessStatus: FreshnessStatus;
  GapCommune: ResolverTypeWrapper<GapCommune>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  Hazard: ResolverTypeWrapper<Hazard>;
  HazardChannel: HazardChannel;
  HeldPlace: ResolverTypeWrapper<HeldPlace>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Impact: ResolverTypeWrapper<Impact>;
  ImpactCategoryTotal: ResolverTypeWrapper<ImpactCategoryTotal>;
  ImpactCommuneTotal: ResolverTypeWrapper<ImpactCommuneTotal>;
  ImpactCsvImport: ResolverTypeWrapper<ImpactCsvImport>;
  ImpactDeclaration: ResolverTypeWrapper<ImpactDeclaration>;
  ImpactDeclarationInput: ImpactDeclarationInput;
  ImpactDeclarationStatus: ImpactDeclarationStatus;
  ImpactFactor: ResolverTypeWrapper<ImpactFactor>;
  ImpactFactorSet: ResolverTypeWrapper<ImpactFactorSet>;
  ImpactFactorUnit: ImpactFactorUnit;
  ImpactFigures: ResolverTypeWrapper<ImpactFigures>;
  ImpactFlow: ImpactFlow;
  ImpactLine: ResolverTypeWrapper<ImpactLine>;
  ImpactLineInput: ImpactLineInput;
  ImpactOutcome: ImpactOutcome;
  ImpactRowProblem: ResolverTypeWrapper<ImpactRowProblem>;
  ImpactStructureTotal: ResolverTypeWrapper<ImpactStructureTotal>;
  ImpactSubcategoryTotal: ResolverTypeWrapper<ImpactSubcategoryTotal>;
  ImpactYearTotal: ResolverTypeWrapper<ImpactYearTotal>;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportPreviewRow: ResolverTypeWrapper<ImportPreviewRow>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportRejectionCode: ImportRejectionCode;
  ImportRun: ResolverTypeWrapper<ImportRun>;
  ImportRunStatus: ImportRunStatus;
  ImportTrigger: ImportTrigger;
  ImportUpload: ResolverTypeWrapper<ImportUpload>;
  ImportUploadFormat: ImportUploadFormat;
  ImportUploadInput: ImportUploadInput;
  ImportUploadPayload: ResolverTypeWrapper<ImportUploadPayload>;
  ImportWarning: ResolverTypeWrapper<ImportWarning>;
  ImportWarningCode: ImportWarningCode;
  InsertionType: InsertionType;
  Insights: ResolverTypeWrapper<Insights>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InviteUserInput: InviteUserInput;
  InviteUserPayload: ResolverTypeWrapper<InviteUserPayload>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: ResolverTypeWrapper<Label>;
  Lang: Lang;
  LocationPrecision: LocationPrecision;
  LoginPayload: ResolverTypeWrapper<LoginPayload>;
  ManagedPlace: ResolverTypeWrapper<ManagedPlace>;
  ManagedPlaceConnection: ResolverTypeWrapper<ManagedPlaceConnection>;
  ManagedPlacesFilter: ManagedPlacesFilter;
  MapFeature: ResolverTypeWrapper<MapFeature>;
  MapFeatureType: MapFeatureType;
  MatchConfidence: MatchConfidence;
  MatchDecision: MatchDecision;
  MatchReview: ResolverTypeWrapper<MatchReview>;
  MatchReviewStatus: MatchReviewStatus;
  MonthFigures: ResolverTypeWrapper<MonthFigures>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyDemand: ResolverTypeWrapper<NearbyDemand>;
  NetworkGap: ResolverTypeWrapper<NetworkGap>;
  NewSourceInput: NewSourceInput;
  NoticeTargetInput: NoticeTargetInput;
  ObjectCondition: ObjectCondition;
  ObjectSynonym: ResolverTypeWrapper<ObjectSynonym>;
  Offer: ResolverTypeWrapper<Offer>;
  OfferInput: OfferInput;
  OfferedCompetence: ResolverTypeWrapper<OfferedCompetence>;
  OfferedCompetenceInput: OfferedCompetenceInput;
  Organization: ResolverTypeWrapper<Organization>;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordLink: ResolverTypeWrapper<PasswordLink>;
  PasswordPayload: ResolverTypeWrapper<PasswordPayload>;
  PendingClosure: ResolverTypeWrapper<PendingClosure>;
  PendingClosureStatus: PendingClosureStatus;
  PhraseCount: ResolverTypeWrapper<PhraseCount>;
  Place: ResolverTypeWrapper<Place>;
  PlaceChange: ResolverTypeWrapper<PlaceChange>;
  PlaceChangeKind: PlaceChangeKind;
  PlaceChangePage: ResolverTypeWrapper<PlaceChangePage>;
  PlaceConnection: ResolverTypeWrapper<PlaceConnection>;
  PlaceEdge: ResolverTypeWrapper<PlaceEdge>;
  PlaceEditPayload: ResolverTypeWrapper<PlaceEditPayload>;
  PlaceFacets: ResolverTypeWrapper<PlaceFacets>;
  PlaceFieldsInput: PlaceFieldsInput;
  PlaceFilter: PlaceFilter;
  PlaceHistoryEvent: ResolverTypeWrapper<PlaceHistoryEvent>;
  PlaceInsight: ResolverTypeWrapper<PlaceInsight>;
  PlaceKind: PlaceKind;
  PlaceKindInfo: ResolverTypeWrapper<PlaceKindInfo>;
  PlaceNotice: ResolverTypeWrapper<PlaceNotice>;
  PlaceNoticeInput: PlaceNoticeInput;
  PlaceNoticeKind: PlaceNoticeKind;
  PlaceNoticesPayload: ResolverTypeWrapper<PlaceNoticesPayload>;
  PlaceOutcome: PlaceOutcome;
  PlaceSource: ResolverTypeWrapper<PlaceSource>;
  PlaceStatus: PlaceStatus;
  PlaceVersionInput: PlaceVersionInput;
  QuantityUnit: QuantityUnit;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReviewSuggestionPayload: ResolverTypeWrapper<ReviewSuggestionPayload>;
  Role: Role;
  SeasonHours: ResolverTypeWrapper<SeasonHours>;
  SeasonHoursInput: SeasonHoursInput;
  Source: ResolverTypeWrapper<Source>;
  SourceChange: ResolverTypeWrapper<SourceChange>;
  SourceFormat: SourceFormat;
  SourceInput: SourceInput;
  SourcePayload: ResolverTypeWrapper<SourcePayload>;
  SourceProblem: ResolverTypeWrapper<SourceProblem>;
  StaffUser: ResolverTypeWrapper<StaffUser>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Structure: ResolverTypeWrapper<Structure>;
  StructureFilter: StructureFilter;
  StructureInsights: ResolverTypeWrapper<StructureInsights>;
  StructurePlace: ResolverTypeWrapper<StructurePlace>;
  StructureProfileInput: StructureProfileInput;
  StructureSearch: ResolverTypeWrapper<StructureSearch>;
  Subcategory: ResolverTypeWrapper<Subcategory>;
  SubcategoryCount: ResolverTypeWrapper<SubcategoryCount>;
  SubcategoryDemand: ResolverTypeWrapper<SubcategoryDemand>;
  SubcategoryMatch: ResolverTypeWrapper<SubcategoryMatch>;
  SubmitSuggestionPayload: ResolverTypeWrapper<SubmitSuggestionPayload>;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  SuggestionConnection: ResolverTypeWrapper<SuggestionConnection>;
  SuggestionFieldDiff: ResolverTypeWrapper<SuggestionFieldDiff>;
  SuggestionInput: SuggestionInput;
  SuggestionKind: SuggestionKind;
  SuggestionReview: ResolverTypeWrapper<SuggestionReview>;
  SuggestionStatus: SuggestionStatus;
  TaxonomyObject: ResolverTypeWrapper<TaxonomyObject>;
  TerritoryCommune: ResolverTypeWrapper<TerritoryCommune>;
  TimeInterval: ResolverTypeWrapper<TimeInterval>;
  UnknownObjectQuery: ResolverTypeWrapper<UnknownObjectQuery>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<UpdateUserPayload>;
  Viewer: ResolverTypeWrapper<Viewer>;
  Webhook: ResolverTypeWrapper<Webhook>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookStatus: WebhookStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionInfo: ActionInfo;
  AddCompetenceInput: AddCompetenceInput;
  Address: Address;
  AddressInput: AddressInput;
  ApiInfo: ApiInfo;
  ApiKey: ApiKey;
  ApiKeyInputProblem: ApiKeyInputProblem;
  ApiKeyLimits: ApiKeyLimits;
  ApiKeyMonthlyUsage: ApiKeyMonthlyUsage;
  AuditActor: AuditActor;
  BBoxInput: BBoxInput;
  BoardContact: BoardContact;
  BoardFilter: BoardFilter;
  BoardPhoto: BoardPhoto;
  BoardPickup: BoardPickup;
  BoardPost: BoardPost;
  BoardPostInput: BoardPostInput;
  BoardPostPage: BoardPostPage;
  BoardSubscription: BoardSubscription;
  BoardSubscriptionInput: BoardSubscriptionInput;
  Boolean: Scalars['Boolean']['output'];
  BulkPlaceError: BulkPlaceError;
  BulkPlaceResult: BulkPlaceResult;
  BulkPlacesPayload: BulkPlacesPayload;
  Category: Category;
  CommuneDemand: CommuneDemand;
  Competence: Competence;
  Confirmer: Confirmer;
  Contact: Contact;
  ContactInput: ContactInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: CreateApiKeyPayload;
  CreatePlaceInput: CreatePlaceInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: CreatedWebhook;
  DayCount: DayCount;
  DayHours: DayHours;
  Event: Event;
  EventFilter: EventFilter;
  EventInput: EventInput;
  EventOccurrence: EventOccurrence;
  EventOccurrenceConnection: EventOccurrenceConnection;
  EventVenue: EventVenue;
  EventVenueInput: EventVenueInput;
  FacetCount: FacetCount;
  FieldChange: FieldChange;
  FieldProblem: FieldProblem;
  FieldProvenance: FieldProvenance;
  Float: Scalars['Float']['output'];
  FoundItCount: FoundItCount;
  Freshness: Freshness;
  GapCommune: GapCommune;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  Hazard: Hazard;
  HeldPlace: HeldPlace;
  ID: Scalars['ID']['output'];
  Impact: Impact;
  ImpactCategoryTotal: ImpactCategoryTotal;
  ImpactCommuneTotal: ImpactCommuneTotal;
  ImpactCsvImport: ImpactCsvImport;
  ImpactDeclaration: ImpactDeclaration;
  ImpactDeclarationInput: ImpactDeclarationInput;
  ImpactFactor: ImpactFactor;
  ImpactFactorSet: ImpactFactorSet;
  ImpactFigures: ImpactFigures;
  ImpactLine: ImpactLine;
  ImpactLineInput: ImpactLineInput;
  ImpactRowProblem: ImpactRowProblem;
  ImpactStructureTotal: ImpactStructureTotal;
  ImpactSubcategoryTotal: ImpactSubcategoryTotal;
  ImpactYearTotal: ImpactYearTotal;
  ImportPreview: ImportPreview;
  ImportPreviewRow: ImportPreviewRow;
  ImportRejection: ImportRejection;
  ImportRun: ImportRun;
  ImportUpload: ImportUpload;
  ImportUploadInput: ImportUploadInput;
  ImportUploadPayload: ImportUploadPayload;
  ImportWarning: ImportWarning;
  Insights: Insights;
  Int: Scalars['Int']['output'];
  InviteUserInput: InviteUserInput;
  InviteUserPayload: InviteUserPayload;
  JSON: Scalars['JSON']['output'];
  Label: Label;
  LoginPayload: LoginPayload;
  ManagedPlace: ManagedPlace;
  ManagedPlaceConnection: ManagedPlaceConnection;
  ManagedPlacesFilter: ManagedPlacesFilter;
  MapFeature: MapFeature;
  MatchReview: MatchReview;
  MonthFigures: MonthFigures;
  Mutation: Record<PropertyKey, never>;
  NearbyDemand: NearbyDemand;
  NetworkGap: NetworkGap;
  NewSourceInput: NewSourceInput;
  NoticeTargetInput: NoticeTargetInput;
  ObjectSynonym: ObjectSynonym;
  Offer: Offer;
  OfferInput: OfferInput;
  OfferedCompetence: OfferedCompetence;
  OfferedCompetenceInput: OfferedCompetenceInput;
  Organization: Organization;
  PageInfo: PageInfo;
  PasswordLink: PasswordLink;
  PasswordPayload: PasswordPayload;
  PendingClosure: PendingClosure;
  PhraseCount: PhraseCount;
  Place: Place;
  PlaceChange: PlaceChange;
  PlaceChangePage: PlaceChangePage;
  PlaceConnection: PlaceConnection;
  PlaceEdge: PlaceEdge;
  PlaceEditPayload: PlaceEditPayload;
  PlaceFacets: PlaceFacets;
  PlaceFieldsInput: PlaceFieldsInput;
  PlaceFilter: PlaceFilter;
  PlaceHistoryEvent: PlaceHistoryEvent;
  PlaceInsight: PlaceInsight;
  PlaceKindInfo: PlaceKindInfo;
  PlaceNotice: PlaceNotice;
  PlaceNoticeInput: PlaceNoticeInput;
  PlaceNoticesPayload: PlaceNoticesPayload;
  PlaceSource: PlaceSource;
  PlaceVersionInput: PlaceVersionInput;
  Query: Record<PropertyKey, never>;
  ReviewSuggestionPayload: ReviewSuggestionPayload;
  SeasonHours: SeasonHours;
  SeasonHoursInput: SeasonHoursInput;
  Source: Source;
  SourceChange: SourceChange;
  SourceInput: SourceInput;
  SourcePayload: SourcePayload;
  SourceProblem: SourceProblem;
  StaffUser: StaffUser;
  String: Scalars['String']['output'];
  Structure: Structure;
  StructureFilter: StructureFilter;
  StructureInsights: StructureInsights;
  StructurePlace: StructurePlace;
  StructureProfileInput: StructureProfileInput;
  StructureSearch: StructureSearch;
  Subcategory: Subcategory;
  SubcategoryCount: SubcategoryCount;
  SubcategoryDemand: SubcategoryDemand;
  SubcategoryMatch: SubcategoryMatch;
  SubmitSuggestionPayload: SubmitSuggestionPayload;
  Suggestion: Suggestion;
  SuggestionConnection: SuggestionConnection;
  SuggestionFieldDiff: SuggestionFieldDiff;
  SuggestionInput: SuggestionInput;
  SuggestionReview: SuggestionReview;
  TaxonomyObject: TaxonomyObject;
  TerritoryCommune: TerritoryCommune;
  TimeInterval: TimeInterval;
  UnknownObjectQuery: UnknownObjectQuery;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: UpdateUserPayload;
  Viewer: Viewer;
  Webhook: Webhook;
  WebhookDelivery: WebhookDelivery;
};

export type ActionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionInfo'] = ResolversParentTypes['ActionInfo']> = {
  directions?: Resolver<Array<ResolversTypes['Direction']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ActionInfoLabelArgs, 'lang'>>;
  lvaoCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inseeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiInfo'] = ResolversParentTypes['ApiInfo']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataLicence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  territory?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiKeyMonthlyUsage']>, ParentType, ContextType, RequireFields<ApiKeyUsageArgs, 'months'>>;
};

export type ApiKeyInputProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyInputProblem'] = ResolversParentTypes['ApiKeyInputProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiKeyLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyLimits'] = ResolversParentTypes['ApiKeyLimits']> = {
  defaultRatePerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxRatePerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyMonthlyUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyMonthlyUsage'] = ResolversParentTypes['ApiKeyMonthlyUsage']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importRunId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BoardContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardContact'] = ResolversParentTypes['BoardContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BoardPhotoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardPhoto'] = ResolversParentTypes['BoardPhoto']> = {
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BoardPickupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardPickup'] = ResolversParentTypes['BoardPickup']> = {
  commune?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  placeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BoardPostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardPost'] = ResolversParentTypes['BoardPost']> = {
  availability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  competence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['BoardContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BoardPostKind'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['BoardPhoto']>, ParentType, ContextType>;
  pickup?: Resolver<ResolversTypes['BoardPickup'], ParentType, ContextType>;
  publicContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BoardPostStatus'], ParentType, ContextType>;
  subCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subCategoryLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BoardPostType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['QuantityUnit']>, ParentType, ContextType>;
};

export type BoardPostPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardPostPage'] = ResolversParentTypes['BoardPostPage']> = {
  nodes?: Resolver<Array<ResolversTypes['BoardPost']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BoardSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardSubscription'] = ResolversParentTypes['BoardSubscription']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['BoardNotificationMode'], ParentType, ContextType>;
  radiusKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BulkPlaceErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkPlaceError'] = ResolversParentTypes['BulkPlaceError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BulkPlaceResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkPlaceResult'] = ResolversParentTypes['BulkPlaceResult']> = {
  error?: Resolver<Maybe<ResolversTypes['BulkPlaceError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
};

export type BulkPlacesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkPlacesPayload'] = ResolversParentTypes['BulkPlacesPayload']> = {
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['BulkPlaceResult']>, ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CategoryLabelArgs, 'lang'>>;
  subcategories?: Resolver<Array<ResolversTypes['Subcategory']>, ParentType, ContextType>;
};

export type CommuneDemandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommuneDemand'] = ResolversParentTypes['CommuneDemand']> = {
  inseeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nothingWithin5Km?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nothingWithin15Km?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nothingWithin30Km?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompetenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Competence'] = ResolversParentTypes['Competence']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfirmerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Confirmer'] = ResolversParentTypes['Confirmer']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ConfirmerType'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ApiKeyInputProblem']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedWebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedWebhook'] = ResolversParentTypes['CreatedWebhook']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type DayCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DayCount'] = ResolversParentTypes['DayCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DayHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DayHours'] = ResolversParentTypes['DayHours']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holiday?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['TimeInterval']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bookingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  icalPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  subcategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['EventVenue'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventOccurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOccurrence'] = ResolversParentTypes['EventOccurrence']> = {
  distanceMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EventOccurrenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOccurrenceConnection'] = ResolversParentTypes['EventOccurrenceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['EventOccurrence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventVenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventVenue'] = ResolversParentTypes['EventVenue']> = {
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inseeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldProblem'] = ResolversParentTypes['FieldProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldProvenance'] = ResolversParentTypes['FieldProvenance']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoundItCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FoundItCount'] = ResolversParentTypes['FoundItCount']> = {
  answer?: Resolver<ResolversTypes['FoundItAnswer'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = {
  confirmedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedBy?: Resolver<ResolversTypes['Confirmer'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FreshnessStatus'], ParentType, ContextType>;
};

export type GapCommuneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapCommune'] = ResolversParentTypes['GapCommune']> = {
  commune?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nearestKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HazardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hazard'] = ResolversParentTypes['Hazard']> = {
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<HazardAdviceArgs, 'lang'>>;
  channel?: Resolver<ResolversTypes['HazardChannel'], ParentType, ContextType>;
};

export type HeldPlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HeldPlace'] = ResolversParentTypes['HeldPlace']> = {
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = {
  byCategory?: Resolver<Array<ResolversTypes['ImpactCategoryTotal']>, ParentType, ContextType>;
  byCommune?: Resolver<Array<ResolversTypes['ImpactCommuneTotal']>, ParentType, ContextType>;
  byStructure?: Resolver<Array<ResolversTypes['ImpactStructureTotal']>, ParentType, ContextType>;
  bySubcategory?: Resolver<Array<ResolversTypes['ImpactSubcategoryTotal']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['ImpactYearTotal']>, ParentType, ContextType>;
  factorSet?: Resolver<ResolversTypes['ImpactFactorSet'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
  structures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validatedMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImpactCategoryTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactCategoryTotal'] = ResolversParentTypes['ImpactCategoryTotal']> = {
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
};

export type ImpactCommuneTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactCommuneTotal'] = ResolversParentTypes['ImpactCommuneTotal']> = {
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
  inseeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImpactCsvImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactCsvImport'] = ResolversParentTypes['ImpactCsvImport']> = {
  declarations?: Resolver<Array<ResolversTypes['ImpactDeclaration']>, ParentType, ContextType>;
  refusedRows?: Resolver<Array<ResolversTypes['ImpactRowProblem']>, ParentType, ContextType>;
  storedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactDeclarationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactDeclaration'] = ResolversParentTypes['ImpactDeclaration']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inseeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ImpactLine']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImpactDeclarationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactFactorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactFactor'] = ResolversParentTypes['ImpactFactor']> = {
  baseEmpreinteId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recycleKgCo2e?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reuseKgCo2e?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subcategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ImpactFactorUnit'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImpactFactorSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactFactorSet'] = ResolversParentTypes['ImpactFactorSet']> = {
  factors?: Resolver<Array<ResolversTypes['ImpactFactor']>, ParentType, ContextType>;
  illustrativeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrativeVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImpactFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactFigures'] = ResolversParentTypes['ImpactFigures']> = {
  avoidedCo2eIllustrativeTonnes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  avoidedCo2eTonnes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  avoidedCo2eVerifiedTonnes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  divertedTonnes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passedOnItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passedOnKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  receivedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recycledKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  repairedKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reusedKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImpactLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactLine'] = ResolversParentTypes['ImpactLine']> = {
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  flow?: Resolver<ResolversTypes['ImpactFlow'], ParentType, ContextType>;
  items?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ImpactOutcome']>, ParentType, ContextType>;
  subcategoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImpactRowProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactRowProblem'] = ResolversParentTypes['ImpactRowProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImpactStructureTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactStructureTotal'] = ResolversParentTypes['ImpactStructureTotal']> = {
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImpactSubcategoryTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactSubcategoryTotal'] = ResolversParentTypes['ImpactSubcategoryTotal']> = {
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
  subcategoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImpactYearTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImpactYearTotal'] = ResolversParentTypes['ImpactYearTotal']> = {
  figures?: Resolver<ResolversTypes['ImpactFigures'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportPreviewRow']>, ParentType, ContextType>;
  separator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestedMapping?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  upload?: Resolver<ResolversTypes['ImportUpload'], ParentType, ContextType>;
};

export type ImportPreviewRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreviewRow'] = ResolversParentTypes['ImportPreviewRow']> = {
  cells?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<ResolversTypes['ImportRejectionCode'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRun'] = ResolversParentTypes['ImportRun']> = {
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  queuedForReview?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType, RequireFields<ImportRunRejectionsArgs, 'first'>>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRunStatus'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['ImportTrigger'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType, RequireFields<ImportRunWarningsArgs, 'first'>>;
};

export type ImportUploadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportUpload'] = ResolversParentTypes['ImportUpload']> = {
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportUploadFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportUploadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportUploadPayload'] = ResolversParentTypes['ImportUploadPayload']> = {
  problems?: Resolver<Array<ResolversTypes['SourceProblem']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['ImportRun']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  code?: Resolver<ResolversTypes['ImportWarningCode'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InsightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Insights'] = ResolversParentTypes['Insights']> = {
  communes?: Resolver<Array<ResolversTypes['CommuneDemand']>, ParentType, ContextType, Partial<InsightsCommunesArgs>>;
  feedback?: Resolver<Array<ResolversTypes['FoundItCount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceInsight']>, ParentType, ContextType>;
  searchesByDay?: Resolver<Array<ResolversTypes['DayCount']>, ParentType, ContextType>;
  subcategories?: Resolver<Array<ResolversTypes['SubcategoryDemand']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unknownPhrases?: Resolver<Array<ResolversTypes['PhraseCount']>, ParentType, ContextType, RequireFields<InsightsUnknownPhrasesArgs, 'first'>>;
};

export type InviteUserPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteUserPayload'] = ResolversParentTypes['InviteUserPayload']> = {
  passwordLink?: Resolver<Maybe<ResolversTypes['PasswordLink']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = {
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<LabelLabelArgs, 'lang'>>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type ManagedPlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagedPlace'] = ResolversParentTypes['ManagedPlace']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['FieldProvenance']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlaceStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ManagedPlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagedPlaceConnection'] = ResolversParentTypes['ManagedPlaceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MapFeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapFeature'] = ResolversParentTypes['MapFeature']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expansionZoom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MapFeatureType'], ParentType, ContextType>;
};

export type MatchReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReview'] = ResolversParentTypes['MatchReview']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distanceMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchReviewStatus'], ParentType, ContextType>;
};

export type MonthFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthFigures'] = ResolversParentTypes['MonthFigures']> = {
  called?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptSuggestion?: Resolver<ResolversTypes['ReviewSuggestionPayload'], ParentType, ContextType, RequireFields<MutationAcceptSuggestionArgs, 'id'>>;
  addCompetence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType, RequireFields<MutationAddCompetenceArgs, 'input'>>;
  addObjectSynonym?: Resolver<ResolversTypes['ObjectSynonym'], ParentType, ContextType, RequireFields<MutationAddObjectSynonymArgs, 'subcategoryId' | 'term'>>;
  addPlaceNotice?: Resolver<ResolversTypes['PlaceNoticesPayload'], ParentType, ContextType, RequireFields<MutationAddPlaceNoticeArgs, 'notice' | 'target'>>;
  answerFoundIt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAnswerFoundItArgs, 'answer'>>;
  cancelEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCancelEventArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['PasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  clearOverride?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationClearOverrideArgs, 'field' | 'placeId' | 'version'>>;
  closeBoardPost?: Resolver<ResolversTypes['BoardPost'], ParentType, ContextType, RequireFields<MutationCloseBoardPostArgs, 'id'>>;
  closePlace?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationClosePlaceArgs, 'id' | 'version'>>;
  closePlaces?: Resolver<ResolversTypes['BulkPlacesPayload'], ParentType, ContextType, RequireFields<MutationClosePlacesArgs, 'places'>>;
  confirmPlace?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationConfirmPlaceArgs, 'id'>>;
  countPlaceOutcome?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCountPlaceOutcomeArgs, 'outcome' | 'placeId'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createBoardPost?: Resolver<ResolversTypes['BoardPost'], ParentType, ContextType, RequireFields<MutationCreateBoardPostArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createPlace?: Resolver<ResolversTypes['PlaceEditPayload'], ParentType, ContextType, RequireFields<MutationCreatePlaceArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['CreatedWebhook'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  decidePendingClosure?: Resolver<ResolversTypes['PendingClosure'], ParentType, ContextType, RequireFields<MutationDecidePendingClosureArgs, 'decision' | 'id'>>;
  declareImpact?: Resolver<ResolversTypes['ImpactDeclaration'], ParentType, ContextType, RequireFields<MutationDeclareImpactArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  enableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'id'>>;
  hideBoardPost?: Resolver<ResolversTypes['BoardPost'], ParentType, ContextType, RequireFields<MutationHideBoardPostArgs, 'id' | 'reason'>>;
  importImpactCsv?: Resolver<ResolversTypes['ImpactCsvImport'], ParentType, ContextType, RequireFields<MutationImportImpactCsvArgs, 'csv' | 'organizationId'>>;
  importUpload?: Resolver<ResolversTypes['ImportUploadPayload'], ParentType, ContextType, RequireFields<MutationImportUploadArgs, 'input'>>;
  inviteUser?: Resolver<ResolversTypes['InviteUserPayload'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  issuePasswordLink?: Resolver<ResolversTypes['PasswordLink'], ParentType, ContextType, RequireFields<MutationIssuePasswordLinkArgs, 'userId'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishPlace?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationPublishPlaceArgs, 'id' | 'version'>>;
  rejectImpactDeclaration?: Resolver<ResolversTypes['ImpactDeclaration'], ParentType, ContextType, RequireFields<MutationRejectImpactDeclarationArgs, 'id' | 'reason'>>;
  rejectSuggestion?: Resolver<ResolversTypes['ReviewSuggestionPayload'], ParentType, ContextType, RequireFields<MutationRejectSuggestionArgs, 'id' | 'reason'>>;
  removeObjectSynonym?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveObjectSynonymArgs, 'id'>>;
  removePlaceNotice?: Resolver<Array<ResolversTypes['ManagedPlace']>, ParentType, ContextType, RequireFields<MutationRemovePlaceNoticeArgs, 'noticeId' | 'placeIds'>>;
  reopenPlace?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationReopenPlaceArgs, 'id' | 'version'>>;
  reportUnknownObject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportUnknownObjectArgs, 'text'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  restoreBoardPost?: Resolver<ResolversTypes['BoardPost'], ParentType, ContextType, RequireFields<MutationRestoreBoardPostArgs, 'id'>>;
  revertPlaceField?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<MutationRevertPlaceFieldArgs, 'eventId' | 'field' | 'version'>>;
  reviewMatch?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationReviewMatchArgs, 'decision' | 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  runSource?: Resolver<ResolversTypes['ImportRun'], ParentType, ContextType, RequireFields<MutationRunSourceArgs, 'id'>>;
  setBoardSubscription?: Resolver<ResolversTypes['BoardSubscription'], ParentType, ContextType, RequireFields<MutationSetBoardSubscriptionArgs, 'input'>>;
  setPassword?: Resolver<ResolversTypes['PasswordPayload'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'password' | 'token'>>;
  setPlacesOpeningHours?: Resolver<ResolversTypes['BulkPlacesPayload'], ParentType, ContextType, RequireFields<MutationSetPlacesOpeningHoursArgs, 'places'>>;
  submitSuggestion?: Resolver<ResolversTypes['SubmitSuggestionPayload'], ParentType, ContextType, RequireFields<MutationSubmitSuggestionArgs, 'input'>>;
  updateBoardPost?: Resolver<ResolversTypes['BoardPost'], ParentType, ContextType, RequireFields<MutationUpdateBoardPostArgs, 'id' | 'input'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'input'>>;
  updatePlace?: Resolver<ResolversTypes['PlaceEditPayload'], ParentType, ContextType, RequireFields<MutationUpdatePlaceArgs, 'fields' | 'id' | 'version'>>;
  updateSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'id' | 'input'>>;
  updateSourceOptions?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpdateSourceOptionsArgs, 'id'>>;
  updateStructureProfile?: Resolver<ResolversTypes['Structure'], ParentType, ContextType, RequireFields<MutationUpdateStructureProfileArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  validateImpactDeclaration?: Resolver<ResolversTypes['ImpactDeclaration'], ParentType, ContextType, RequireFields<MutationValidateImpactDeclarationArgs, 'id'>>;
};

export type NearbyDemandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NearbyDemand'] = ResolversParentTypes['NearbyDemand']> = {
  nothingWithin15Km?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subcategoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type NetworkGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkGap'] = ResolversParentTypes['NetworkGap']> = {
  communes?: Resolver<Array<ResolversTypes['GapCommune']>, ParentType, ContextType>;
  competence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType>;
};

export type ObjectSynonymResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObjectSynonym'] = ResolversParentTypes['ObjectSynonym']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subcategory?: Resolver<ResolversTypes['Subcategory'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  subcategories?: Resolver<Array<ResolversTypes['Subcategory']>, ParentType, ContextType>;
};

export type OfferedCompetenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfferedCompetence'] = ResolversParentTypes['OfferedCompetence']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  territory?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PasswordLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordLink'] = ResolversParentTypes['PasswordLink']> = {
  emailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordPayload'] = ResolversParentTypes['PasswordPayload']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type PendingClosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingClosure'] = ResolversParentTypes['PendingClosure']> = {
  closed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['HeldPlace']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourcePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PendingClosureStatus'], ParentType, ContextType>;
};

export type PhraseCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PhraseCount'] = ResolversParentTypes['PhraseCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phrase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  accessibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  appointmentOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  audience?: Resolver<Maybe<ResolversTypes['Audience']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PlaceDescriptionArgs, 'lang'>>;
  distanceMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  effectiveOpeningHours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventOccurrence']>, ParentType, ContextType, RequireFields<PlaceEventsArgs, 'days' | 'first'>>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  homeService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hoursAreIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  locationPrecision?: Resolver<ResolversTypes['LocationPrecision'], ParentType, ContextType>;
  locationUncertaintyMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextChangeAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['PlaceNotice']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  openNow?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openingHours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['PlaceSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlaceStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekHours?: Resolver<Array<ResolversTypes['DayHours']>, ParentType, ContextType>;
};

export type PlaceChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceChange'] = ResolversParentTypes['PlaceChange']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inseeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceChangeKind'], ParentType, ContextType>;
  placeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlaceChangePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceChangePage'] = ResolversParentTypes['PlaceChangePage']> = {
  changes?: Resolver<Array<ResolversTypes['PlaceChange']>, ParentType, ContextType>;
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['PlaceFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceEditPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEditPayload'] = ResolversParentTypes['PlaceEditPayload']> = {
  place?: Resolver<Maybe<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
};

export type PlaceFacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceFacets'] = ResolversParentTypes['PlaceFacets']> = {
  actions?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type PlaceHistoryEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceHistoryEvent'] = ResolversParentTypes['PlaceHistoryEvent']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlaceInsightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceInsight'] = ResolversParentTypes['PlaceInsight']> = {
  called?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceKindInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceKindInfo'] = ResolversParentTypes['PlaceKindInfo']> = {
  id?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PlaceKindInfoLabelArgs, 'lang'>>;
};

export type PlaceNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceNotice'] = ResolversParentTypes['PlaceNotice']> = {
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceNoticeKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingHours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seasons?: Resolver<Array<ResolversTypes['SeasonHours']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlaceNoticesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceNoticesPayload'] = ResolversParentTypes['PlaceNoticesPayload']> = {
  notice?: Resolver<ResolversTypes['PlaceNotice'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
};

export type PlaceSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceSource'] = ResolversParentTypes['PlaceSource']> = {
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PlaceSourceAttributionArgs, 'lang'>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PlaceSourceLicenceArgs, 'lang'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actions?: Resolver<Array<ResolversTypes['ActionInfo']>, ParentType, ContextType>;
  apiInfo?: Resolver<ResolversTypes['ApiInfo'], ParentType, ContextType>;
  apiKeyLimits?: Resolver<ResolversTypes['ApiKeyLimits'], ParentType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  boardPost?: Resolver<Maybe<ResolversTypes['BoardPost']>, ParentType, ContextType, RequireFields<QueryBoardPostArgs, 'id'>>;
  boardPosts?: Resolver<ResolversTypes['BoardPostPage'], ParentType, ContextType, RequireFields<QueryBoardPostsArgs, 'first'>>;
  boardSubscription?: Resolver<Maybe<ResolversTypes['BoardSubscription']>, ParentType, ContextType, Partial<QueryBoardSubscriptionArgs>>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  communesWithoutPosition?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<QueryCommunesWithoutPositionArgs>>;
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType>;
  currentApiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventOccurrenceConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, Partial<QueryImpactArgs>>;
  impactDeclarations?: Resolver<Array<ResolversTypes['ImpactDeclaration']>, ParentType, ContextType, RequireFields<QueryImpactDeclarationsArgs, 'first'>>;
  importPreview?: Resolver<ResolversTypes['ImportPreview'], ParentType, ContextType, RequireFields<QueryImportPreviewArgs, 'uploadId'>>;
  importRun?: Resolver<Maybe<ResolversTypes['ImportRun']>, ParentType, ContextType, RequireFields<QueryImportRunArgs, 'id'>>;
  importRuns?: Resolver<Array<ResolversTypes['ImportRun']>, ParentType, ContextType, RequireFields<QueryImportRunsArgs, 'first'>>;
  insights?: Resolver<ResolversTypes['Insights'], ParentType, ContextType, RequireFields<QueryInsightsArgs, 'from' | 'to'>>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  managedEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryManagedEventsArgs, 'first'>>;
  managedPlace?: Resolver<ResolversTypes['ManagedPlace'], ParentType, ContextType, RequireFields<QueryManagedPlaceArgs, 'id'>>;
  managedPlaces?: Resolver<ResolversTypes['ManagedPlaceConnection'], ParentType, ContextType, RequireFields<QueryManagedPlacesArgs, 'first'>>;
  mapFeatures?: Resolver<Array<ResolversTypes['MapFeature']>, ParentType, ContextType, RequireFields<QueryMapFeaturesArgs, 'bbox' | 'zoom'>>;
  matchReviews?: Resolver<Array<ResolversTypes['MatchReview']>, ParentType, ContextType, RequireFields<QueryMatchReviewsArgs, 'first' | 'status'>>;
  networkCommunes?: Resolver<Array<ResolversTypes['TerritoryCommune']>, ParentType, ContextType, Partial<QueryNetworkCommunesArgs>>;
  networkGaps?: Resolver<Array<ResolversTypes['NetworkGap']>, ParentType, ContextType, Partial<QueryNetworkGapsArgs>>;
  objectSynonyms?: Resolver<Array<ResolversTypes['ObjectSynonym']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pendingClosures?: Resolver<Array<ResolversTypes['PendingClosure']>, ParentType, ContextType, RequireFields<QueryPendingClosuresArgs, 'status'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlaceArgs>>;
  placeHistory?: Resolver<Array<ResolversTypes['PlaceHistoryEvent']>, ParentType, ContextType, RequireFields<QueryPlaceHistoryArgs, 'first' | 'id'>>;
  placeKinds?: Resolver<Array<ResolversTypes['PlaceKindInfo']>, ParentType, ContextType>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first'>>;
  placesChanged?: Resolver<ResolversTypes['PlaceChangePage'], ParentType, ContextType, RequireFields<QueryPlacesChangedArgs, 'first'>>;
  placesChangedCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placesToVerify?: Resolver<ResolversTypes['ManagedPlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesToVerifyArgs, 'first'>>;
  resolveObject?: Resolver<Array<ResolversTypes['SubcategoryMatch']>, ParentType, ContextType, RequireFields<QueryResolveObjectArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  structure?: Resolver<Maybe<ResolversTypes['Structure']>, ParentType, ContextType, RequireFields<QueryStructureArgs, 'id'>>;
  structureInsights?: Resolver<ResolversTypes['StructureInsights'], ParentType, ContextType, RequireFields<QueryStructureInsightsArgs, 'from' | 'to'>>;
  structures?: Resolver<ResolversTypes['StructureSearch'], ParentType, ContextType, RequireFields<QueryStructuresArgs, 'first'>>;
  subcategory?: Resolver<Maybe<ResolversTypes['Subcategory']>, ParentType, ContextType, RequireFields<QuerySubcategoryArgs, 'id'>>;
  suggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<QuerySuggestionArgs, 'id'>>;
  suggestions?: Resolver<ResolversTypes['SuggestionConnection'], ParentType, ContextType, RequireFields<QuerySuggestionsArgs, 'first' | 'status'>>;
  territoryCommunes?: Resolver<Array<ResolversTypes['TerritoryCommune']>, ParentType, ContextType>;
  unknownObjectQueries?: Resolver<Array<ResolversTypes['UnknownObjectQuery']>, ParentType, ContextType, RequireFields<QueryUnknownObjectQueriesArgs, 'first'>>;
  users?: Resolver<Array<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhooksArgs, 'apiKeyId'>>;
};

export type ReviewSuggestionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewSuggestionPayload'] = ResolversParentTypes['ReviewSuggestionPayload']> = {
  place?: Resolver<Maybe<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['Suggestion']>, ParentType, ContextType>;
};

export type SeasonHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeasonHours'] = ResolversParentTypes['SeasonHours']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['SourceChange']>, ParentType, ContextType, RequireFields<SourceChangesArgs, 'first'>>;
  filter?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['SourceFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mapping?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  options?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['ImportRun']>, ParentType, ContextType, RequireFields<SourceRunsArgs, 'first'>>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceChange'] = ResolversParentTypes['SourceChange']> = {
  actorEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload']> = {
  problems?: Resolver<Array<ResolversTypes['SourceProblem']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type SourceProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceProblem'] = ResolversParentTypes['SourceProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffUser'] = ResolversParentTypes['StaffUser']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type StructureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Structure'] = ResolversParentTypes['Structure']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['OfferedCompetence']>, ParentType, ContextType>;
  contactPerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insertionJobs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  insertionTypes?: Resolver<Array<ResolversTypes['InsertionType']>, ParentType, ContextType>;
  legalForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['StructurePlace']>, ParentType, ContextType>;
  siret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  territory?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StructureInsightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructureInsights'] = ResolversParentTypes['StructureInsights']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['MonthFigures']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceInsight']>, ParentType, ContextType>;
  soughtNearby?: Resolver<Array<ResolversTypes['NearbyDemand']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StructurePlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructurePlace'] = ResolversParentTypes['StructurePlace']> = {
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StructureSearchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructureSearch'] = ResolversParentTypes['StructureSearch']> = {
  nodes?: Resolver<Array<ResolversTypes['Structure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubcategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subcategory'] = ResolversParentTypes['Subcategory']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  hazard?: Resolver<Maybe<ResolversTypes['Hazard']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SubcategoryLabelArgs, 'lang'>>;
  objects?: Resolver<Array<ResolversTypes['TaxonomyObject']>, ParentType, ContextType, RequireFields<SubcategoryObjectsArgs, 'first'>>;
  reusePossible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubcategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubcategoryCount'] = ResolversParentTypes['SubcategoryCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subcategory?: Resolver<ResolversTypes['Subcategory'], ParentType, ContextType>;
};

export type SubcategoryDemandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubcategoryDemand'] = ResolversParentTypes['SubcategoryDemand']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subcategoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubcategoryMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubcategoryMatch'] = ResolversParentTypes['SubcategoryMatch']> = {
  confidence?: Resolver<ResolversTypes['MatchConfidence'], ParentType, ContextType>;
  matchedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  statedCondition?: Resolver<Maybe<ResolversTypes['ObjectCondition']>, ParentType, ContextType>;
  subcategory?: Resolver<ResolversTypes['Subcategory'], ParentType, ContextType>;
  suggestedActions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
};

export type SubmitSuggestionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitSuggestionPayload'] = ResolversParentTypes['SubmitSuggestionPayload']> = {
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diff?: Resolver<Array<ResolversTypes['SuggestionFieldDiff']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['ManagedPlace']>, ParentType, ContextType>;
  placeVersionAtSubmission?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['SuggestionReview']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SuggestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionConnection'] = ResolversParentTypes['SuggestionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SuggestionFieldDiffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionFieldDiff'] = ResolversParentTypes['SuggestionFieldDiff']> = {
  current?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  differs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposed?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type SuggestionReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionReview'] = ResolversParentTypes['SuggestionReview']> = {
  acceptedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaxonomyObjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaxonomyObject'] = ResolversParentTypes['TaxonomyObject']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TerritoryCommuneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TerritoryCommune'] = ResolversParentTypes['TerritoryCommune']> = {
  insee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimeIntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeInterval'] = ResolversParentTypes['TimeInterval']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnknownObjectQueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnknownObjectQuery'] = ResolversParentTypes['UnknownObjectQuery']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  picked?: Resolver<Array<ResolversTypes['SubcategoryCount']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  problems?: Resolver<Array<ResolversTypes['FieldProblem']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  apiKeyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
  disabledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['PlaceChangeKind']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  territory?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceChangeKind'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActionInfo?: ActionInfoResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  ApiInfo?: ApiInfoResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyInputProblem?: ApiKeyInputProblemResolvers<ContextType>;
  ApiKeyLimits?: ApiKeyLimitsResolvers<ContextType>;
  ApiKeyMonthlyUsage?: ApiKeyMonthlyUsageResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  BoardContact?: BoardContactResolvers<ContextType>;
  BoardPhoto?: BoardPhotoResolvers<ContextType>;
  BoardPickup?: BoardPickupResolvers<ContextType>;
  BoardPost?: BoardPostResolvers<ContextType>;
  BoardPostPage?: BoardPostPageResolvers<ContextType>;
  BoardSubscription?: BoardSubscriptionResolvers<ContextType>;
  BulkPlaceError?: BulkPlaceErrorResolvers<ContextType>;
  BulkPlaceResult?: BulkPlaceResultResolvers<ContextType>;
  BulkPlacesPayload?: BulkPlacesPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CommuneDemand?: CommuneDemandResolvers<ContextType>;
  Competence?: CompetenceResolvers<ContextType>;
  Confirmer?: ConfirmerResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreatedWebhook?: CreatedWebhookResolvers<ContextType>;
  DayCount?: DayCountResolvers<ContextType>;
  DayHours?: DayHoursResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventOccurrence?: EventOccurrenceResolvers<ContextType>;
  EventOccurrenceConnection?: EventOccurrenceConnectionResolvers<ContextType>;
  EventVenue?: EventVenueResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FieldProblem?: FieldProblemResolvers<ContextType>;
  FieldProvenance?: FieldProvenanceResolvers<ContextType>;
  FoundItCount?: FoundItCountResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  GapCommune?: GapCommuneResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Hazard?: HazardResolvers<ContextType>;
  HeldPlace?: HeldPlaceResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  ImpactCategoryTotal?: ImpactCategoryTotalResolvers<ContextType>;
  ImpactCommuneTotal?: ImpactCommuneTotalResolvers<ContextType>;
  ImpactCsvImport?: ImpactCsvImportResolvers<ContextType>;
  ImpactDeclaration?: ImpactDeclarationResolvers<ContextType>;
  ImpactFactor?: ImpactFactorResolvers<ContextType>;
  ImpactFactorSet?: ImpactFactorSetResolvers<ContextType>;
  ImpactFigures?: ImpactFiguresResolvers<ContextType>;
  ImpactLine?: ImpactLineResolvers<ContextType>;
  ImpactRowProblem?: ImpactRowProblemResolvers<ContextType>;
  ImpactStructureTotal?: ImpactStructureTotalResolvers<ContextType>;
  ImpactSubcategoryTotal?: ImpactSubcategoryTotalResolvers<ContextType>;
  ImpactYearTotal?: ImpactYearTotalResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportPreviewRow?: ImportPreviewRowResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportRun?: ImportRunResolvers<ContextType>;
  ImportUpload?: ImportUploadResolvers<ContextType>;
  ImportUploadPayload?: ImportUploadPayloadResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  Insights?: InsightsResolvers<ContextType>;
  InviteUserPayload?: InviteUserPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Label?: LabelResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  ManagedPlace?: ManagedPlaceResolvers<ContextType>;
  ManagedPlaceConnection?: ManagedPlaceConnectionResolvers<ContextType>;
  MapFeature?: MapFeatureResolvers<ContextType>;
  MatchReview?: MatchReviewResolvers<ContextType>;
  MonthFigures?: MonthFiguresResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyDemand?: NearbyDemandResolvers<ContextType>;
  NetworkGap?: NetworkGapResolvers<ContextType>;
  ObjectSynonym?: ObjectSynonymResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferedCompetence?: OfferedCompetenceResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordLink?: PasswordLinkResolvers<ContextType>;
  PasswordPayload?: PasswordPayloadResolvers<ContextType>;
  PendingClosure?: PendingClosureResolvers<ContextType>;
  PhraseCount?: PhraseCountResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceChange?: PlaceChangeResolvers<ContextType>;
  PlaceChangePage?: PlaceChangePageResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceEditPayload?: PlaceEditPayloadResolvers<ContextType>;
  PlaceFacets?: PlaceFacetsResolvers<ContextType>;
  PlaceHistoryEvent?: PlaceHistoryEventResolvers<ContextType>;
  PlaceInsight?: PlaceInsightResolvers<ContextType>;
  PlaceKindInfo?: PlaceKindInfoResolvers<ContextType>;
  PlaceNotice?: PlaceNoticeResolvers<ContextType>;
  PlaceNoticesPayload?: PlaceNoticesPayloadResolvers<ContextType>;
  PlaceSource?: PlaceSourceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReviewSuggestionPayload?: ReviewSuggestionPayloadResolvers<ContextType>;
  SeasonHours?: SeasonHoursResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceChange?: SourceChangeResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  SourceProblem?: SourceProblemResolvers<ContextType>;
  StaffUser?: StaffUserResolvers<ContextType>;
  Structure?: StructureResolvers<ContextType>;
  StructureInsights?: StructureInsightsResolvers<ContextType>;
  StructurePlace?: StructurePlaceResolvers<ContextType>;
  StructureSearch?: StructureSearchResolvers<ContextType>;
  Subcategory?: SubcategoryResolvers<ContextType>;
  SubcategoryCount?: SubcategoryCountResolvers<ContextType>;
  SubcategoryDemand?: SubcategoryDemandResolvers<ContextType>;
  SubcategoryMatch?: SubcategoryMatchResolvers<ContextType>;
  SubmitSuggestionPayload?: SubmitSuggestionPayloadResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  SuggestionConnection?: SuggestionConnectionResolvers<ContextType>;
  SuggestionFieldDiff?: SuggestionFieldDiffResolvers<ContextType>;
  SuggestionReview?: SuggestionReviewResolvers<ContextType>;
  TaxonomyObject?: TaxonomyObjectResolvers<ContextType>;
  TerritoryCommune?: TerritoryCommuneResolvers<ContextType>;
  TimeInterval?: TimeIntervalResolvers<ContextType>;
  UnknownObjectQuery?: UnknownObjectQueryResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
};

