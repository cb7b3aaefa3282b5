import { Schema, model, type InferSchemaType } from 'mongoose';

export const EVENT_KINDS = ['REPAIR_CAFE', 'SALE', 'COLLECTION', 'WORKSHOP', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;

/** Where an event happens: a copy of its place's position and address, or a venue typed by staff. */
const venueSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 200 },
    street: { type: String, default: null, maxlength: 200 },
    postcode: { type: String, default: null, maxlength: 10 },
    commune: { type: String, default: null, maxlength: 100 },
    inseeCode: { type: String, default: null, maxlength: 5 },
    lat: { type: Number, required: true },
    lng: { type: Number, required: true },
    /** The place's slug when the event is at a place (its feed, /ical/place/<slug>.ics). */
    placeSlug: { type: String, default: null },
  },
  { _id: false },
);

const originSchema = new Schema(
  {
    sourceId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true, maxlength: 200 },
  },
  { _id: false },
);

/**
 * A dated event of a place or an organisation: a repair café session, a sale, a collection day, a
 * workshop. Dates are Paris local times; `starts` holds every occurrence, expanded once when written,
 * so the agenda index loads without expanding rules. Cancelled events are kept (feeds, other instances).
 */
const eventSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: 140 },
    description: { type: String, default: null, maxlength: 2000 },
    kind: { type: String, enum: EVENT_KINDS, required: true },
    startsAt: { type: String, required: true },
    endsAt: { type: String, required: true },
    recurrence: { type: String, default: null, maxlength: 500 },
    starts: { type: [Number], default: [] },
    durationMs: { type: Number, required: true },
    capacity: { type: Number, default: null },
    bookingUrl: { type: String, default: null, maxlength: 500 },
    actions: { type: [String], default: [] },
    subcategories: { type: [String], default: [] },
    placeId: { type: Schema.Types.ObjectId, default: null },
    organizationId: { type: Schema.Types.ObjectId, default: null },
    venue: { type: venueSchema, required: true },
    status: { type: String, enum: EVENT_STATUSES, default: 'SCHEDULED' },
    version: { type: Number, default: 1 },
    /** An event read from a source (a repair café's session): which source and its key there; null when typed by staff. */
    origin: { type: originSchema, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'events' },
);

eventSchema.index({ updatedAt: 1 });
eventSchema.index({ placeId: 1 });

export type EventRecord = InferSchemaType<typeof eventSchema>;
export type StoredEvent = EventRecord & { _id: { toString(): string }; updatedAt: Date; createdAt: Date };
export const EventModel = model('Event', eventSchema);

const changeSchema = new Schema(
  {
    field: { type: String, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
  },
  { _id: false, minimize: false },
);

/** One change to an event, as the places' audit trail records them: who, when, each field before/after. */
const eventChangeSchema = new Schema(
  {
    eventId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    action: { type: String, enum: ['CREATE', 'UPDATE', 'CANCEL'], required: true },
    actor: {
      type: { type: String, required: true },
      userId: { type: Schema.Types.ObjectId, default: null },
      email: { type: String, default: null },
    },
    changes: { type: [changeSchema], default: [] },
    version: { type: Number, required: true },
  },
  { versionKey: false, minimize: false, collection: 'event_changes' },
);

eventChangeSchema.index({ eventId: 1, at: -1 });

export const EventChangeModel = model('EventChange', eventChangeSchema);
