import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { CHANGE_KINDS } from '../changes';

export const WEBHOOK_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

/**
 * A partner key's endpoint for some change kinds in a territory. `secret` is kept as issued: signing
 * needs it (docs/operations.md "Security" says why it is not hashed). `cursor`: the last change of the
 * log turned into deliveries for this endpoint.
 */
const webhookSchema = new Schema(
  {
    apiKeyId: { type: Schema.Types.ObjectId, ref: 'ApiKey', required: true },
    url: { type: String, required: true, maxlength: 2000 },
    kinds: { type: [String], enum: CHANGE_KINDS, default: [] },
    /** Commune names or INSEE codes; empty: anywhere the key may read. */
    territory: { type: [String], default: [] },
    secret: { type: String, required: true },
    contactEmail: { type: String, required: true, maxlength: 320 },
    status: { type: String, enum: WEBHOOK_STATUSES, default: 'ACTIVE' },
    disabledAt: { type: Date, default: null },
    disabledReason: { type: String, default: null },
    cursor: { type: Number, required: true },
    createdBy: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'webhooks' },
);
webhookSchema.index({ apiKeyId: 1 });

/** One change sent to one endpoint: the exact body signed, and every attempt's outcome. */
const webhookDeliverySchema = new Schema(
  {
    webhookId: { type: Schema.Types.ObjectId, ref: 'Webhook', required: true },
    seq: { type: Number, required: true },
    kind: { type: String, required: true },
    placeId: { type: String, default: null },
    body: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, default: 'PENDING' },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastAttemptAt: { type: Date, default: null },
    lastStatusCode: { type: Number, default: null },
    lastError: { type: String, default: null },
    deliveredAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'webhook_deliveries' },
);
// One delivery per change and endpoint, whichever instance fans the change out.
webhookDeliverySchema.index({ webhookId: 1, seq: 1 }, { unique: true });
webhookDeliverySchema.index({ status: 1, webhookId: 1, seq: 1 });

export type WebhookRecord = InferSchemaType<typeof webhookSchema> & { _id: Types.ObjectId; createdAt: Date };
export type WebhookDeliveryRecord = InferSchemaType<typeof webhookDeliverySchema> & { _id: Types.ObjectId };
export const WebhookModel = model('Webhook', webhookSchema);
export const WebhookDeliveryModel = model('WebhookDelivery', webhookDeliverySchema);
