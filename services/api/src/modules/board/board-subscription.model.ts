import { Schema, model } from 'mongoose';

/** NONE: no mail; IMMEDIATE: one mail per matching offer; DAILY: one digest a day. */
export const NOTIFICATION_MODES = ['NONE', 'IMMEDIATE', 'DAILY'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

/** A structure's opt-in to offers matching its needs or competences (one per organisation). */
const boardSubscriptionSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true }, // the organisation's id
    mode: { type: String, enum: NOTIFICATION_MODES, required: true },
    email: { type: String, required: true, maxlength: 254 },
    radiusKm: { type: Number, required: true, min: 1, max: 200 },
  },
  { timestamps: true, versionKey: false, collection: 'board_subscriptions' },
);

export const BoardSubscriptionModel = model('BoardSubscription', boardSubscriptionSchema);

/** An offer that matched a subscribed structure; sentAt once mailed (at once, or in the day's digest). */
const boardNotificationSchema = new Schema(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    postId: { type: Schema.Types.ObjectId, required: true },
    mode: { type: String, enum: ['IMMEDIATE', 'DAILY'], required: true },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'board_notifications' },
);

boardNotificationSchema.index({ organizationId: 1, postId: 1 }, { unique: true });
boardNotificationSchema.index({ mode: 1, sentAt: 1 });

export const BoardNotificationModel = model('BoardNotification', boardNotificationSchema);

/** One document per organisation and Paris day, inserted by whichever instance sends that digest. */
const boardDigestSchema = new Schema(
  { _id: { type: String, required: true }, sentAt: { type: Date, required: true } },
  { versionKey: false, collection: 'board_digests' },
);

export const BoardDigestModel = model('BoardDigest', boardDigestSchema);
