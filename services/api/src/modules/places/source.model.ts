import { Schema, model, type InferSchemaType } from 'mongoose';

export const SOURCE_FORMATS = [
  'demo',
  'lvao-csv',
  'data-inclusion',
  'osm-overpass',
  'sinoe',
  'eco-organismes',
  'reparacteurs',
  'repair-events',
  'csv',
  'geojson',
  'manual',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A configured data source: where records come from, under which licence, with which priority. */
const sourceSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    format: { type: String, enum: SOURCE_FORMATS, required: true },
    licence: { type: String, default: null },
    attribution: { type: String, default: null },
    /** Where the data is fetched: an http(s) URL, or a file path (CLI imports). */
    url: { type: String, default: null },
    /** Higher wins when two sources give the same field. */
    priority: { type: Number, default: 50 },
    /** Field mapping of csv/geojson sources (see mapping.ts). */
    mapping: { type: Schema.Types.Mixed, default: null },
    /** Records kept: { epci: [SIREN…], bbox: {west, south, east, north} } (see mapping.ts). */
    filter: { type: Schema.Types.Mixed, default: null },
    /** Format-specific options, validated by the connector (e.g. eco-organismes: profile, acceptedLicence). */
    options: { type: Schema.Types.Mixed, default: null },
    /** "every 6h", "every 30m", "daily 03:30" (Europe/Paris); null: run by hand only. */
    schedule: { type: String, default: null },
    nextRunAt: { type: Date, default: null },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', default: null },
    lastRunAt: { type: Date, default: null },
    /**
     * Start of the last run that read the whole input and found known records in it. Every record of
     * this source on a place and not marked `missed` was in that run: it is when the source last listed
     * it, unless its own lastSeenAt is later (place-sightings.ts).
     */
    confirmedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

sourceSchema.index({ name: 1 }, { unique: true });
sourceSchema.index({ nextRunAt: 1 });

export type SourceRecord = InferSchemaType<typeof sourceSchema>;
export const SourceModel = model('Source', sourceSchema);
