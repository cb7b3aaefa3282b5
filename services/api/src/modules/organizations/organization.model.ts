import { Schema, model, type InferSchemaType } from 'mongoose';

export const INSERTION_TYPES = ['ACI', 'AI', 'EI', 'ETTI', 'EA', 'ESAT'] as const;
export type InsertionType = (typeof INSERTION_TYPES)[number];

/** A competence the structure offers professionals and local authorities, and the communes where it does. */
const offeredCompetenceSchema = new Schema(
  {
    code: { type: String, required: true, maxlength: 60 },
    communes: { type: [String], default: [] },
  },
  { _id: false },
);

/** The network profile of a structure (issue 14): identity, insertion, competences. Public unless said. */
const profileSchema = new Schema(
  {
    siret: { type: String, default: null },
    legalForm: { type: String, default: null, maxlength: 120 },
    ess: { type: Boolean, default: false },
    insertionTypes: { type: [String], enum: INSERTION_TYPES, default: [] },
    networks: { type: [String], default: [] },
    description: { type: String, default: null, maxlength: 4000 },
    email: { type: String, default: null, maxlength: 254 },
    phone: { type: String, default: null, maxlength: 40 },
    website: { type: String, default: null, maxlength: 500 },
    /** How many people it can take on for a job at once (crew size, a rough capacity). */
    capacity: { type: Number, default: null, min: 0 },
    competences: { type: [offeredCompetenceSchema], default: [] },
    /** Non-public (collectivities of its territory and admins): people employed in insertion, aggregated. */
    insertionJobs: { type: Number, default: null, min: 0 },
    /** Non-public: the named contact person for partners. */
    contactPerson: { type: String, default: null, maxlength: 200 },
  },
  { _id: false },
);

/** A body that owns listings: the waste syndicate, a ressourcerie, an association, a local authority. */
const organizationSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 200 },
    kind: {
      type: String,
      enum: ['SYNDICATE', 'STRUCTURE', 'PARTNER', 'COLLECTIVITY', 'OTHER'],
      default: 'OTHER',
    },
    /** Communes (names or INSEE codes) the organisation covers; a collectivity's territory. */
    territory: { type: [String], default: [] },
    profile: { type: profileSchema, default: null },
  },
  { timestamps: true, versionKey: false },
);

organizationSchema.index({ name: 1 }, { unique: true });

export type OrganizationRecord = InferSchemaType<typeof organizationSchema>;
export const OrganizationModel = model('Organization', organizationSchema);
