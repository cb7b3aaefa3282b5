import { Schema, model, type InferSchemaType } from 'mongoose';

/** A body that owns listings: the waste syndicate, a ressourcerie, an association. */
const organizationSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: { type: String, enum: ['SYNDICATE', 'STRUCTURE', 'PARTNER', 'OTHER'], default: 'OTHER' },
  },
  { timestamps: true, versionKey: false },
);

organizationSchema.index({ name: 1 }, { unique: true });

export type OrganizationRecord = InferSchemaType<typeof organizationSchema>;
export const OrganizationModel = model('Organization', organizationSchema);
