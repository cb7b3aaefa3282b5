import { Schema, model } from 'mongoose';

/** A term of the controlled vocabulary of competences structures offer (seeded, extended by admins). */
const competenceSchema = new Schema(
  {
    code: { type: String, required: true, maxlength: 60 },
    label: { type: String, required: true, trim: true, maxlength: 120 },
  },
  { timestamps: true, versionKey: false },
);

competenceSchema.index({ code: 1 }, { unique: true });

export const CompetenceModel = model('Competence', competenceSchema);
