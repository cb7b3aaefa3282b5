import { actions, placeKinds, type ActionId, type PlaceKind } from '@reemploi/taxonomy';
import { Schema, model, type InferSchemaType, type HydratedDocument } from 'mongoose';

/** Place kinds and actions come from the taxonomy, the one list every workspace shares. */
export const PLACE_KINDS: readonly PlaceKind[] = placeKinds.map((kind) => kind.id);
export const PLACE_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED'] as const;
export const AUDIENCES = ['PUBLIC', 'PROFESSIONALS', 'BOTH'] as const;
export const LOCATION_PRECISIONS = ['EXACT', 'ADDRESS', 'STREET', 'COMMUNE'] as const;
export const ACTIONS: readonly ActionId[] = actions.map((action) => action.id);

const offerSchema = new Schema(
  {
    action: { type: String, enum: ACTIONS, required: true },
    subcategories: { type: [String], default: [] },
  },
  { _id: false },
);

/** One source's view of this place: where a record came from and under which licence. */
const placeSourceSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, ref: 'Source', required: true },
    name: { type: String, required: true },
    licence: { type: String, default: null },
    attribution: { type: String, default: null },
    /** English versions of licence and attribution, when the source gives them (French is the default). */
    licenceEn: { type: String, default: null },
    attributionEn: { type: String, default: null },
    externalId: { type: String, default: null },
    url: { type: String, default: null },
    firstSeenAt: { type: Date, required: true },
    /** When a run last wrote or checked this entry; the source's confirmedAt is later unless `missed`. */
    lastSeenAt: { type: Date, required: true },
    /** The source's last complete run did not list this record (or only as a rejected row). */
    missed: { type: Boolean, default: false },
    /** Hash of the normalised record last imported: an unchanged record is not written again. */
    hash: { type: String, default: null },
  },
  { _id: false },
);

export const CONFIRMER_TYPES = ['SOURCE', 'STRUCTURE', 'STAFF'] as const;

/** Who last said by hand that the listing is still accurate (sources' sightings are in `sources`). */
const confirmerSchema = new Schema(
  {
    type: { type: String, enum: CONFIRMER_TYPES, required: true },
    /** The structure's organisation; null for the syndicate's staff (no person's name is published). */
    name: { type: String, default: null },
  },
  { _id: false },
);

export const NOTICE_KINDS = ['CLOSURE', 'EXCEPTIONAL_HOURS', 'SEASONAL_HOURS', 'NOTICE'] as const;

/** A dated notice on the place (notices module: rules, API): closure, exceptional or seasonal hours, free text. */
const placeNoticeSchema = new Schema(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: NOTICE_KINDS, required: true },
    /** Local days, YYYY-MM-DD, inclusive; seasonal hours have none (every year). */
    startsOn: { type: String, default: null },
    endsOn: { type: String, default: null },
    reason: { type: String, default: null },
    message: { type: String, default: null },
    openingHours: { type: String, default: null },
    seasons: {
      type: [new Schema({ from: String, to: String, openingHours: String }, { _id: false })],
      default: [],
    },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

const placeSchema = new Schema(
  {
    slug: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: { type: String, enum: PLACE_KINDS, required: true },
    /** In French: what residents read first. */
    description: { type: String, default: null, maxlength: 5000 },
    /** English version of the description, served only while `description` is the French text it translates. */
    descriptionEn: {
      text: { type: String, default: null, maxlength: 5000 },
      translates: { type: String, default: null },
    },
    address: {
      street: { type: String, default: null },
      postcode: { type: String, default: null },
      commune: { type: String, default: null },
      inseeCode: { type: String, default: null },
      locality: { type: String, default: null },
    },
    // GeoJSON point, WGS84, [lng, lat]. No 2dsphere index: geo queries are answered by the in-memory directory.
    location: {
      type: { type: String, enum: ['Point'], default: 'Point' },
      coordinates: { type: [Number], required: true },
    },
    locationPrecision: { type: String, enum: LOCATION_PRECISIONS, default: 'ADDRESS' },
    contact: {
      phone: { type: String, default: null },
      email: { type: String, default: null },
      website: { type: String, default: null },
    },
    openingHours: { type: String, default: null },
    /**
     * Typical hours for the place's kind, not its published ones (demo data): `openingHours` is
     * illustrative while it still equals this value, so any edit or import of real hours ends it.
     */
    illustrativeOpeningHours: { type: String, default: null },
    offers: { type: [offerSchema], default: [] },
    labels: { type: [String], default: [] },
    audience: { type: String, enum: AUDIENCES, default: null },
    homeService: { type: Boolean, default: false },
    appointmentOnly: { type: Boolean, default: false },
    accessibility: { type: String, default: null },
    /** Where a home service goes ("30 km", "département 50"), from LVAO's perimetreadomicile. */
    homeServiceArea: { type: String, default: null },
    /** French establishment number, used to match records of different sources. */
    siret: { type: String, default: null },
    status: { type: String, enum: PLACE_STATUSES, default: 'PUBLISHED' },
    isDemo: { type: Boolean, default: false },
    sources: { type: [placeSourceSchema], default: [] },
    /** Field path → who set its current value: a source id, or "editor". */
    provenance: { type: Schema.Types.Mixed, default: {} },
    /** Field paths set by staff by hand: they win over every source until cleared. */
    overrides: { type: [String], default: [] },
    /** Organisation owning the listing (for staff permissions); a place an import creates gets its source's. */
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', default: null },
    /**
     * The source whose import created the place (null: created by hand, by a suggestion or before this
     * was recorded). Only that source may close it (place.policy.ts, sourceAccess).
     */
    createdBySourceId: { type: Schema.Types.ObjectId, ref: 'Source', default: null },
    /**
     * The last confirmation by a person: a structure's "still accurate" or a staff edit. A source still
     * listing the place confirms it too, read from `sources` (freshness.ts); null: none recorded.
     */
    confirmedAt: { type: Date, default: null },
    confirmedBy: { type: confirmerSchema, default: null },
    /** Closures, exceptional and seasonal hours, free notices: folded into the public hours (public-place.ts). */
    notices: { type: [placeNoticeSchema], default: [] },
    /** Optimistic concurrency: every write increments it and filters on the previous value. */
    version: { type: Number, default: 1 },
  },
  { timestamps: true, minimize: false, optimisticConcurrency: false, versionKey: false },
);

placeSchema.index({ slug: 1 }, { unique: true });
placeSchema.index({ updatedAt: 1 });
placeSchema.index({ status: 1 });
placeSchema.index({ 'sources.sourceId': 1, 'sources.externalId': 1 });

export type PlaceRecord = InferSchemaType<typeof placeSchema>;
export type PlaceDocument = HydratedDocument<PlaceRecord>;
export const PlaceModel = model('Place', placeSchema);
