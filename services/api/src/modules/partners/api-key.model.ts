import { Schema, model, type InferSchemaType } from 'mongoose';

export const API_KEY_SCOPES = ['READ', 'ADMIN'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A partner's API key. Only the SHA-256 of the secret is stored; `prefix` lets people recognise it. */
const apiKeySchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    prefix: { type: String, required: true },
    hash: { type: String, required: true },
    /** Browser origins allowed to send this key (CORS answered per key). Empty: server-side use only. */
    origins: { type: [String], default: [] },
    ratePerMinute: { type: Number, required: true },
    /** Commune names or INSEE codes the key's listings are restricted to; empty: no restriction. */
    territory: { type: [String], default: [] },
    scopes: { type: [String], enum: API_KEY_SCOPES, default: ['READ'] },
    revokedAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
    createdBy: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'api_keys' },
);
apiKeySchema.index({ hash: 1 }, { unique: true });

/** Requests of one key in one month (Europe/Paris), incremented in batches. */
const apiKeyUsageSchema = new Schema(
  {
    keyId: { type: Schema.Types.ObjectId, ref: 'ApiKey', required: true },
    /** YYYY-MM */
    month: { type: String, required: true },
    requests: { type: Number, default: 0 },
    rateLimited: { type: Number, default: 0 },
    lastUsedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'api_key_usage' },
);
apiKeyUsageSchema.index({ keyId: 1, month: 1 }, { unique: true });

export type ApiKeyRecord = InferSchemaType<typeof apiKeySchema>;
export const ApiKeyModel = model('ApiKey', apiKeySchema);
export const ApiKeyUsageModel = model('ApiKeyUsage', apiKeyUsageSchema);
