import { AgendaIndex, type AgendaEvent, type AgendaFilter, type LatLng } from '@reemploi/directory';
import mongoose, { isValidObjectId } from 'mongoose';
import { badInput, notFound, refusal } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { actorOf, type Viewer } from '../../shared/viewer';
import { appendChanges } from '../changes';
import { findPlace } from '../places';
import { type EventInput, parseEventFields, parseVenue } from './event-input';
import { EventChangeModel, EventModel, type StoredEvent } from './event.model';
import { eventPolicy } from './event.policy';
import { type AgendaWindow, type OccurrencePage, agendaQuery } from './event-query';

/** An event as the agenda holds it and the API shows it. */
export interface PublicEvent {
  id: string;
  title: string;
  description: string | null;
  kind: string;
  startsAt: string;
  endsAt: string;
  recurrence: string | null;
  starts: number[];
  durationMs: number;
  capacity: number | null;
  bookingUrl: string | null;
  actions: string[];
  subcategories: string[];
  placeId: string | null;
  organizationId: string | null;
  venue: {
    name: string;
    street: string | null;
    postcode: string | null;
    commune: string | null;
    inseeCode: string | null;
    lat: number;
    lng: number;
    placeSlug: string | null;
  };
  status: string;
  version: number;
  updatedAt: Date;
}

export interface EventOccurrence {
  event: PublicEvent;
  start: number;
  end: number;
  distanceMeters: number | null;
}

const POLL_OVERLAP_MS = 5000; // clock skew between instances, as the places' change feed allows

function toPublicEvent(doc: StoredEvent): PublicEvent {
  const venue = doc.venue!;
  return {
    id: doc._id.toString(),
    title: doc.title,
    description: doc.description ?? null,
    kind: doc.kind,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    recurrence: doc.recurrence ?? null,
    starts: [...doc.starts],
    durationMs: doc.durationMs,
    capacity: doc.capacity ?? null,
    bookingUrl: doc.bookingUrl ?? null,
    actions: [...doc.actions],
    subcategories: [...doc.subcategories],
    placeId: doc.placeId?.toString() ?? null,
    organizationId: doc.organizationId?.toString() ?? null,
    venue: {
      name: venue.name,
      street: venue.street ?? null,
      postcode: venue.postcode ?? null,
      commune: venue.commune ?? null,
      inseeCode: venue.inseeCode ?? null,
      lat: venue.lat,
      lng: venue.lng,
      placeSlug: venue.placeSlug ?? null,
    },
    status: doc.status,
    version: doc.version,
    updatedAt: doc.updatedAt,
  };
}

const toAgendaEvent = (event: PublicEvent): AgendaEvent => ({
  id: event.id,
  lat: event.venue.lat,
  lng: event.venue.lng,
  inseeCode: event.venue.inseeCode,
  kind: event.kind,
  actions: event.actions,
  subcategories: event.subcategories,
  starts: event.starts,
  durationMs: event.durationMs,
});

const DIFFED_FIELDS = [
  'title',
  'description',
  'kind',
  'startsAt',
  'endsAt',
  'recurrence',
  'capacity',
  'bookingUrl',
  'actions',
  'subcategories',
  'placeId',
  'organizationId',
  'status',
] as const;

/**
 * Events: writes (staff, checked and authorised, recorded in `event_changes`) and the in-memory agenda
 * each instance answers from. Like the places' directory, a write goes to the database, then into this
 * instance's agenda; other instances pick it up by polling `updatedAt`.
 */
export class EventsService {
  private agenda = new AgendaIndex();
  private readonly events = new Map<string, PublicEvent>();
  private readonly byPlace = new Map<string, Set<string>>();
  private seenUntil = new Date(0);
  private changes = 0;
  private timer: NodeJS.Timeout | null = null;
  /** False until the agenda has been read once (start, or a later poll when the database was away). */
  private loaded = false;

  constructor(private readonly deps: { logger: Logger; pollMs: number }) {}

  /** Loads every scheduled event and follows changes. */
  /**
   * Loads the agenda, then follows other instances' writes. With the database unreachable at start the
   * instance still starts (the directory answers; the agenda is empty and says nothing wrong): each poll
   * tries the whole load again until it succeeds.
   */
  async start(): Promise<void> {
    try {
      await this.loadAgenda();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'events: agenda not loaded; retrying at the next poll');
    }
    this.timer = setInterval(() => void this.poll(), this.deps.pollMs);
    this.timer.unref();
  }

  private async loadAgenda(): Promise<void> {
    // Not connected: mongoose's init() would wait for a connection (forever, without buffering).
    if (mongoose.connection.readyState !== 1) throw new Error('no database connection');
    await Promise.all([EventModel.init(), EventChangeModel.init()]);
    const docs = (await EventModel.find({ status: 'SCHEDULED' }).lean()) as StoredEvent[];
    const events = docs.map(toPublicEvent);
    this.events.clear();
    this.byPlace.clear();
    for (const event of events) this.remember(event);
    this.agenda = new AgendaIndex(events.map(toAgendaEvent));
    this.seenUntil = new Date(Math.max(0, ...docs.map((doc) => doc.updatedAt.getTime())));
    this.loaded = true;
    this.changes += 1;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get size(): number {
    return this.agenda.size;
  }

  /** Grows with every change applied to this instance's agenda (the response cache's keys include it). */
  get generation(): number {
    return this.changes;
  }

  /** Picks up what other instances wrote since the last poll. */
  async poll(): Promise<void> {
    try {
      if (!this.loaded) return await this.loadAgenda();
      const since = new Date(this.seenUntil.getTime() - POLL_OVERLAP_MS);
      const docs = (await EventModel.find({ updatedAt: { $gte: since } }).lean()) as StoredEvent[];
      for (const doc of docs) {
        this.apply(toPublicEvent(doc));
        if (doc.updatedAt > this.seenUntil) this.seenUntil = doc.updatedAt;
      }
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'events poll failed; retrying at the next tick');
    }
  }

  /** Puts an event into this instance's agenda, or takes it out once cancelled. */
  apply(event: PublicEvent): void {
    const known = this.events.get(event.id);
    if (known && known.version > event.version) return;
    if (known && known.version === event.version && known.status === event.status) return;
    this.changes += 1;
    this.forget(event.id);
    if (event.status !== 'SCHEDULED') return;
    this.remember(event);
    this.agenda.upsert(toAgendaEvent(event));
  }

  get(id: string): PublicEvent | undefined {
    return this.events.get(id);
  }

  /** One page of occurrences (GraphQL `events`, the feeds), checked and answered from memory. */
  occurrences(args: AgendaWindow, now: Date): OccurrencePage {
    const query = agendaQuery(args, now);
    const result = this.agenda.query(query);
    const nodes = result.hits.map((hit) => ({
      event: this.events.get(hit.eventId)!,
      start: hit.start,
      end: hit.end,
      distanceMeters: hit.distanceMeters,
    }));
    return { nodes, hasNextPage: result.hasNextPage, from: query.from, to: query.to };
  }

  /** An event by id: scheduled ones from memory, cancelled ones from the database. */
  async find(id: string): Promise<PublicEvent | null> {
    const known = this.events.get(id);
    if (known) return known;
    if (!isValidObjectId(id)) return null;
    const doc = (await EventModel.findById(id).lean()) as StoredEvent | null;
    return doc ? toPublicEvent(doc) : null;
  }

  /** Scheduled events not over yet in the viewer's scope, by first start (back-office list). */
  async managed(viewer: Viewer, first: number, now: Date): Promise<PublicEvent[]> {
    const scope = eventPolicy.scope(viewer);
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first must be between 1 and 200.', 'first');
    const docs = (await EventModel.find({ ...scope, status: 'SCHEDULED' }).lean()) as StoredEvent[];
    return docs
      .map(toPublicEvent)
      .filter((event) => event.starts.at(-1)! + event.durationMs > now.getTime())
      .sort((a, b) => a.starts[0]! - b.starts[0]! || (a.id < b.id ? -1 : 1))
      .slice(0, first);
  }

  /** A place's next occurrences (`Place.events`): `first` 1..20 within `days` 1..366 from now. */
  nextAtPlace(placeId: string, now: number, first: number, days: number): EventOccurrence[] {
    if (!Number.isInteger(first) || first < 1 || first > 20) throw badInput('first must be between 1 and 20.', 'first');
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('days must be between 1 and 366.', 'days');
    return this.atPlace(placeId, now, now + days * 86_400_000, first);
  }

  /** The next occurrences at a place (its page, its feed), from `from`, at most `first`. */
  atPlace(placeId: string, from: number, to: number, first: number): EventOccurrence[] {
    const occurrences: EventOccurrence[] = [];
    for (const id of this.byPlace.get(placeId) ?? []) {
      const event = this.events.get(id)!;
      for (const start of event.starts)
        if (start < to && start + event.durationMs > from)
          occurrences.push({ event, start, end: start + event.durationMs, distanceMeters: null });
    }
    occurrences.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
    return occurrences.slice(0, first);
  }

  /** The scheduled events at a place. */
  eventsAtPlace(placeId: string): PublicEvent[] {
    return [...(this.byPlace.get(placeId) ?? [])].map((id) => this.events.get(id)!);
  }

  /** Distinct events with an occurrence in the window around a point or in communes (feeds). */
  eventsIn(
    near: LatLng | undefined,
    radiusMeters: number | undefined,
    filter: AgendaFilter,
    window: { from: number; to: number },
    max: number,
  ) {
    const ids = new Set<string>();
    let after: { start: number; eventId: string } | undefined;
    for (;;) {
      const page = this.agenda.query({ ...window, near, radiusMeters, filter, first: 500, after });
      for (const hit of page.hits) if (ids.size < max) ids.add(hit.eventId);
      const last = page.hits.at(-1);
      if (!page.hasNextPage || !last || ids.size >= max) break;
      after = { start: last.start, eventId: last.eventId };
    }
    return [...ids].map((id) => this.events.get(id)!);
  }

  async create(viewer: Viewer, input: EventInput): Promise<PublicEvent> {
    const fields = parseEventFields(input);
    const where = await this.whereAndWhose(viewer, input);
    const staff = eventPolicy.write(viewer, where.owner);
    const doc = (await EventModel.create({ ...fields, ...where.stored, status: 'SCHEDULED', version: 1 })).toObject();
    const event = toPublicEvent(doc as StoredEvent);
    await this.record(event.id, 'CREATE', staff, diff(null, event), 1);
    this.apply(event);
    await this.publishChange(event);
    return event;
  }

  async update(viewer: Viewer, id: string, input: EventInput): Promise<PublicEvent> {
    const before = await this.load(id);
    eventPolicy.write(viewer, await this.ownerOf(before));
    const fields = parseEventFields(input);
    const where = await this.whereAndWhose(viewer, input);
    const staff = eventPolicy.write(viewer, where.owner);
    return this.save(before, { ...fields, ...where.stored }, 'UPDATE', staff);
  }

  async cancel(viewer: Viewer, id: string): Promise<PublicEvent> {
    const before = await this.load(id);
    const staff = eventPolicy.write(viewer, await this.ownerOf(before));
    if (before.status === 'CANCELLED') return before;
    return this.save(before, { status: 'CANCELLED' }, 'CANCEL', staff);
  }

  private async save(
    before: PublicEvent,
    set: Record<string, unknown>,
    action: 'UPDATE' | 'CANCEL',
    staff: ReturnType<typeof eventPolicy.write>,
  ): Promise<PublicEvent> {
    const doc = (await EventModel.findOneAndUpdate(
      { _id: before.id, version: before.version },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean()) as StoredEvent | null;
    if (!doc) throw refusal('STALE_VERSION', 'The event changed while you were saving it; reload it and try again.');
    const event = toPublicEvent(doc);
    await this.record(event.id, action, staff, diff(before, event), event.version);
    this.apply(event);
    await this.publishChange(event);
    return event;
  }

  private async load(id: string): Promise<PublicEvent> {
    const doc = isValidObjectId(id) ? ((await EventModel.findById(id).lean()) as StoredEvent | null) : null;
    if (!doc) throw notFound(`No event ${id}.`);
    return toPublicEvent(doc);
  }

  private async ownerOf(event: PublicEvent) {
    const place = event.placeId ? await findPlace(event.placeId) : null;
    return {
      place: place ?? (event.placeId ? { organizationId: event.organizationId } : null),
      organizationId: event.organizationId,
    };
  }

  /** Where the event happens (its place, or a venue) and whose it is, from the input. */
  private async whereAndWhose(viewer: Viewer, input: EventInput) {
    if (input.placeId) {
      const place = await findPlace(input.placeId, ['DRAFT', 'PUBLISHED']);
      if (!place) throw badInput(`No open place ${input.placeId}.`, 'placeId');
      const [lng = 0, lat = 0] = place.location?.coordinates ?? [];
      const address = place.address ?? {};
      const organizationId = place.organizationId?.toString() ?? null;
      return {
        owner: { place, organizationId },
        stored: {
          placeId: place._id,
          organizationId,
          venue: {
            name: place.name,
            street: address.street ?? null,
            postcode: address.postcode ?? null,
            commune: address.commune ?? null,
            inseeCode: address.inseeCode ?? null,
            lat,
            lng,
            placeSlug: place.slug,
          },
        },
      };
    }
    if (!input.venue) throw badInput('An event happens at a place (placeId) or at a venue (venue).', 'placeId');
    const venue = parseVenue(input.venue);
    const own = viewer.kind === 'user' && viewer.role !== 'ADMIN' ? viewer.organizationId : null;
    const organizationId = input.organizationId ?? own;
    if (organizationId !== null && !isValidObjectId(organizationId))
      throw badInput(`organizationId is not an id (got "${organizationId}").`, 'organizationId');
    return { owner: { place: null, organizationId }, stored: { placeId: null, organizationId, venue } };
  }

  private record(
    eventId: string,
    action: 'CREATE' | 'UPDATE' | 'CANCEL',
    staff: ReturnType<typeof eventPolicy.write>,
    changes: { field: string; before: unknown; after: unknown }[],
    version: number,
  ) {
    const actor = actorOf(staff);
    return EventChangeModel.create({ eventId, at: new Date(), action, actor, changes, version }).catch(
      (error: unknown) => this.deps.logger.error({ err: error, eventId }, 'event change not recorded'),
    );
  }

  /**
   * Tells partners (placesChanged, webhooks) that the agenda changed: an EVENT entry for the event's place,
   * or, for a venue event, with no place and the venue's commune, so territory keys and webhooks filter it
   * like a place's. `version` is null (it is the event's, not a place's); partners re-read the events.
   * Like the audit record, an entry lost to a failure is logged, the write stands.
   */
  private publishChange(event: PublicEvent): Promise<void> {
    return appendChanges([
      {
        kind: 'EVENT',
        placeId: event.placeId,
        version: null,
        commune: event.venue.commune,
        inseeCode: event.venue.inseeCode,
      },
    ]).catch((error: unknown) =>
      this.deps.logger.error({ err: error, eventId: event.id }, 'event change not appended to the change feed'),
    );
  }

  private remember(event: PublicEvent): void {
    this.events.set(event.id, event);
    if (event.placeId) {
      let ids = this.byPlace.get(event.placeId);
      if (!ids) this.byPlace.set(event.placeId, (ids = new Set()));
      ids.add(event.id);
    }
  }

  private forget(id: string): void {
    const event = this.events.get(id);
    if (!event) return;
    this.events.delete(id);
    this.agenda.remove(id);
    if (event.placeId) this.byPlace.get(event.placeId)?.delete(id);
  }
}

function diff(before: PublicEvent | null, after: PublicEvent) {
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of DIFFED_FIELDS) {
    const was = before ? before[field] : null;
    if (JSON.stringify(was) !== JSON.stringify(after[field])) changes.push({ field, before: was, after: after[field] });
  }
  return changes;
}
