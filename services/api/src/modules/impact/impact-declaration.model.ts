import { Schema, Types, model, type InferSchemaType } from 'mongoose';

export const IMPACT_FLOWS = ['RECEIVED', 'PASSED_ON'] as const;
export type ImpactFlow = (typeof IMPACT_FLOWS)[number];
/** What became of what a structure passed on. */
export const IMPACT_OUTCOMES = ['REUSED', 'REPAIRED', 'RECYCLED'] as const;
export type ImpactOutcome = (typeof IMPACT_OUTCOMES)[number];
/**
 * PENDING: waiting for staff; VALIDATED: counted in the public figures; REJECTED: refused by staff, with a
 * reason; SUPERSEDED: a later version of the same month replaced it (kept as history).
 */
export const DECLARATION_STATUSES = ['PENDING', 'VALIDATED', 'REJECTED', 'SUPERSEDED'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** One figure of a month: kg and/or items of one LVAO sub-category, received or passed on (with its outcome). */
const impactLineSchema = new Schema(
  {
    subcategoryId: { type: String, required: true },
    flow: { type: String, enum: IMPACT_FLOWS, required: true },
    outcome: { type: String, enum: [...IMPACT_OUTCOMES, null], default: null },
    kg: { type: Number, default: null, min: 0 },
    items: { type: Number, default: null, min: 0 },
  },
  { _id: false },
);

/**
 * One version of a structure's monthly declaration (`impact_declarations`). A month is never edited in
 * place: a correction is a new version (organizationId, month, version + 1), the unique index refusing a
 * second writer of the same version; validating a version supersedes the month's earlier validated one.
 */
const impactDeclarationSchema = new Schema(
  {
    organizationId: { type: Types.ObjectId, required: true },
    /** YYYY-MM. */
    month: { type: String, required: true },
    version: { type: Number, required: true, min: 1 },
    /** INSEE code of the commune where the structure received and passed these on. */
    inseeCode: { type: String, required: true },
    status: { type: String, enum: DECLARATION_STATUSES, required: true, default: 'PENDING' },
    lines: { type: [impactLineSchema], default: [] },
    /** FORM or CSV (a till or scale export). */
    channel: { type: String, enum: ['FORM', 'CSV'], required: true },
    /** CSV rows of this month refused on upload (nothing of them stored): shown to the validating staff. */
    refusedRows: { type: Number, default: 0 },
    submittedBy: { type: String, default: null },
    submittedAt: { type: Date, required: true },
    reviewedBy: { type: String, default: null },
    reviewedAt: { type: Date, default: null },
    rejectionReason: { type: String, default: null, maxlength: 500 },
  },
  { versionKey: false, collection: 'impact_declarations' },
);
impactDeclarationSchema.index({ organizationId: 1, month: 1, version: 1 }, { unique: true });
impactDeclarationSchema.index({ status: 1, month: 1 });

export type ImpactDeclarationRecord = InferSchemaType<typeof impactDeclarationSchema> & { _id: Types.ObjectId };
export type ImpactLineRecord = InferSchemaType<typeof impactLineSchema>;
export const ImpactDeclarationModel = model('ImpactDeclaration', impactDeclarationSchema);
