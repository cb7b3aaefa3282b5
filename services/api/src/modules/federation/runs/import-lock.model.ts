import { Schema, model } from 'mongoose';

/**
 * Import locks and schedule claims, keyed by _id. Taken by inserting: the unique _id is the one guarantee
 * FerretDB (SQLite) gives under concurrency — its conditional updates are not atomic, MongoDB's are.
 */
const importLockSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: true },
);

export const ImportLockModel = model('ImportLock', importLockSchema);
