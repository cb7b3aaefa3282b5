import { Schema, model, type InferSchemaType } from 'mongoose';

export const SOURCE_FORMATS = ['demo', 'lvao-csv', 'data-inclusion', 'osm-overpass', 'sinoe', 'csv', 'geojson', 'manual'] as const;

/** A configured data source: where records come from, under which licence, with which priority. */
const sourceSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    format: { type: String, enum: SOURCE_FORMATS, required: true },
    licence: { type: String, default: null },
    attribution: { type: String, default: null },
    url: { type: String, default: null },
    /** Higher wins when two sources give the same field. */
    priority: { type: Number, default: 50 },
    mapping: { type: Schema.Types.Mixed, default: null },
    schedule: { type: String, default: null },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', default: null },
    lastRunAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

sourceSchema.index({ name: 1 }, { unique: true });

export type SourceRecord = InferSchemaType<typeof sourceSchema>;
export const SourceModel = model('Source', sourceSchema);
