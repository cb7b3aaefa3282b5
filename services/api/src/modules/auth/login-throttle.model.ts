import { Schema, model } from 'mongoose';

/**
 * Failed sign-ins of one client: an (account, address) or (account, trusted device) pair, or an address
 * across accounts. `_id` is the SHA-256 of the key, so neither emails nor addresses are stored in clear;
 * `account` (SHA-256 of the email) lets a new password clear the account's counters. Kept for a day
 * after the last failure, swept in code (FerretDB has no TTL indexes).
 */
const loginCounterSchema = new Schema(
  {
    _id: { type: String, required: true },
    account: { type: String, default: null },
    failures: { type: Number, required: true },
    lastFailureAt: { type: Date, required: true },
    lockedUntil: { type: Date, default: null },
  },
  { versionKey: false, collection: 'login_counters' },
);

loginCounterSchema.index({ account: 1 });
loginCounterSchema.index({ lastFailureAt: 1 });

export const LoginCounterModel = model('LoginCounter', loginCounterSchema);

/**
 * A browser where an account signed in successfully (OWASP's "device cookie"): the SHA-256 of the
 * cookie's random token and the account. Failures elsewhere never lock the account out of it.
 */
const loginDeviceSchema = new Schema(
  {
    tokenHash: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false, collection: 'login_devices' },
);

loginDeviceSchema.index({ tokenHash: 1, userId: 1 }, { unique: true });
loginDeviceSchema.index({ expiresAt: 1 });

export const LoginDeviceModel = model('LoginDevice', loginDeviceSchema);
