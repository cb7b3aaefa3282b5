import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '../../shared/viewer';

/** A staff account. The password is set by the user through a one-time link (never chosen by an admin). */
const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true, maxlength: 254 },
    name: { type: String, default: null, maxlength: 200 },
    role: { type: String, enum: ROLES, required: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', default: null },
    /** argon2id (PHC string); null until the user follows their setup link. */
    passwordHash: { type: String, default: null },
    passwordChangedAt: { type: Date, default: null },
    disabled: { type: Boolean, default: false },
    lastLoginAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

userSchema.index({ email: 1 }, { unique: true });

export type UserRecord = InferSchemaType<typeof userSchema>;
export const UserModel = model('User', userSchema);
