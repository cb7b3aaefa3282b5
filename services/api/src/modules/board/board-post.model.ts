import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

export const POST_KINDS = ['OFFER', 'NEED'] as const;
/** What is offered or needed: materials and surplus stock, equipment, spaces, skills, volunteers. */
export const POST_TYPES = ['MATERIAL', 'EQUIPMENT', 'SPACE', 'SKILL', 'VOLUNTEERS'] as const;
export const QUANTITY_UNITS = ['PIECE', 'KG', 'TONNE', 'M3', 'M2', 'LINEAR_M', 'PALLET', 'LOT', 'PERSON'] as const;
/** OPEN on the board (until it expires), CLOSED by its author, HIDDEN by a moderator. */
export const POST_STATUSES = ['OPEN', 'CLOSED', 'HIDDEN'] as const;

/** Where a thing is picked up: one of the organisation's places, or only a commune (never a street address). */
const pickupSchema = new Schema(
  {
    placeId: { type: Schema.Types.ObjectId, default: null },
    placeName: { type: String, default: null },
    /** The place's commune, or the commune chosen. */
    commune: { type: String, required: true, maxlength: 80 },
    /** [lng, lat] of the place, or of the commune's places on average; null when unknown. */
    coordinates: { type: [Number], default: undefined },
  },
  { _id: false },
);

/** Who hid or restored the post, when and why (the moderation trail). */
const moderationSchema = new Schema(
  {
    action: { type: String, enum: ['HIDE', 'RESTORE'], required: true },
    reason: { type: String, default: null, maxlength: 500 },
    at: { type: Date, required: true },
    userId: { type: String, default: null },
    email: { type: String, default: null },
  },
  { _id: false },
);

/** A post of the resource board between structures (issue 14). */
const boardPostSchema = new Schema(
  {
    organizationId: { type: Schema.Types.ObjectId, required: true },
    /** Denormalised for the list (organisations are renamed rarely; refreshed on each edit). */
    organizationName: { type: String, required: true },
    authorId: { type: String, default: null },
    kind: { type: String, enum: POST_KINDS, required: true },
    type: { type: String, enum: POST_TYPES, required: true },
    title: { type: String, required: true, maxlength: 120 },
    description: { type: String, default: null, maxlength: 2000 },
    /** LVAO sub-category (materials) and its category. */
    subCategory: { type: String, default: null },
    category: { type: String, default: null },
    /** A term of the competences vocabulary (skills, or what a structure needs done). */
    competence: { type: String, default: null },
    quantity: { type: Number, default: null, min: 0 },
    unit: { type: String, enum: [...QUANTITY_UNITS, null], default: null },
    /** When it is available (equipment, spaces): « le mardi », « en semaine ». */
    availability: { type: String, default: null, maxlength: 200 },
    pickup: { type: pickupSchema, required: true },
    photoIds: { type: [Schema.Types.ObjectId], default: [] },
    contactEmail: { type: String, default: null, maxlength: 254 },
    contactPhone: { type: String, default: null, maxlength: 40 },
    /** Whether anonymous visitors see the contact (signed-in accounts always do). */
    publicContact: { type: Boolean, default: false },
    expiresAt: { type: Date, required: true },
    status: { type: String, enum: POST_STATUSES, default: 'OPEN' },
    hiddenReason: { type: String, default: null },
    moderation: { type: [moderationSchema], default: [] },
  },
  { timestamps: true, versionKey: false, collection: 'board_posts' },
);

boardPostSchema.index({ status: 1, expiresAt: 1 });
boardPostSchema.index({ organizationId: 1, createdAt: -1 });
// The per-account posting limit counts an author's posts of the last 24 hours (post-limits.ts).
boardPostSchema.index({ authorId: 1, createdAt: -1 });

export type BoardPostRecord = InferSchemaType<typeof boardPostSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const BoardPostModel = model('BoardPost', boardPostSchema);
