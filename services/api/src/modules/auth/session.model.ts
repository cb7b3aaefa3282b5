import { Schema, model } from 'mongoose';

/**
 * A signed-in browser. Only the SHA-256 of the cookie's token is stored; expiry is checked in code and
 * expired rows are swept on sign-in (FerretDB has no TTL indexes).
 */
const sessionSchema = new Schema(
  {
    tokenHash: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
    userAgent: { type: String, default: null, maxlength: 300 },
  },
  { timestamps: true, versionKey: false, collection: 'sessions' },
);

sessionSchema.index({ tokenHash: 1 }, { unique: true });
sessionSchema.index({ userId: 1 });

export const SessionModel = model('Session', sessionSchema);

/** One-time password setup links: the token's hash, its user and expiry; `usedAt` makes it single-use. */
const passwordTokenSchema = new Schema(
  {
    tokenHash: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'password_tokens' },
);

passwordTokenSchema.index({ tokenHash: 1 }, { unique: true });

export const PasswordTokenModel = model('PasswordToken', passwordTokenSchema);
