import { haverSinDistance, metersFromHaverSin } from './geo';
import type { LatLng } from './types';

/** An event as the agenda indexes it: where, what, and every occurrence's start (expanded by the caller). */
export interface AgendaEvent {
  id: string;
  lat: number;
  lng: number;
  inseeCode: string | null;
  kind: string;
  actions: readonly string[];
  subcategories: readonly string[];
  /** Occurrence starts in epoch milliseconds, ascending (the caller expands the recurrence rule). */
  starts: readonly number[];
  /** Length of each occurrence in milliseconds. */
  durationMs: number;
}

export interface AgendaFilter {
  kinds?: readonly string[];
  /** An event matches when it concerns one of these actions (or any action when it names none). */
  actions?: readonly string[];
  subcategories?: readonly string[];
  communes?: readonly string[];
}

/** Keyset position after which a page starts: the last occurrence of the previous page. */
export interface AgendaCursor {
  start: number;
  eventId: string;
}

export interface AgendaQuery {
  /** Occurrences that overlap [from, to) (epoch ms). */
  from: number;
  to: number;
  near?: LatLng;
  radiusMeters?: number;
  filter?: AgendaFilter;
  first: number;
  after?: AgendaCursor;
}

export interface AgendaHit {
  eventId: string;
  start: number;
  end: number;
  /** Metres from `near` (null without it). */
  distanceMeters: number | null;
}

export interface AgendaResult {
  hits: AgendaHit[];
  hasNextPage: boolean;
}

/** Grid cell size in degrees: an agenda radius (≤ 50 km) spans a few cells. */
const CELL_DEG = 0.1;
const cellOf = (lat: number, lng: number) => Math.floor(lat / CELL_DEG) * 4000 + Math.floor(lng / CELL_DEG);
const METERS_PER_DEG_LAT = 111_320;

/**
 * In-memory agenda. Each grid cell and each commune keeps a timeline, every occurrence of its events
 * sorted by (start, event id). A query binary-searches the window's start in the timelines of the cells
 * its radius covers (or of its communes) and merges them with a heap, checking distance and filter per
 * occurrence and stopping after one page: its cost is a few cells plus the occurrences it walks, not
 * the events of a dense city. A write marks its cell and commune for a re-sort at their next query.
 */
export class AgendaIndex {
  private readonly events = new Map<string, AgendaEvent>();
  private readonly cells = new Map<number, Timeline>();
  private readonly communes = new Map<string, Timeline>();

  constructor(events: Iterable<AgendaEvent> = []) {
    for (const event of events) this.upsert(event);
    // Sort every timeline now, so the first queries after a load do not pay for it.
    for (const timeline of [...this.cells.values(), ...this.communes.values()]) timeline.prepare();
  }

  get size(): number {
    return this.events.size;
  }

  get(id: string): AgendaEvent | undefined {
    return this.events.get(id);
  }

  /** Adds an event, or replaces the one with its id. */
  upsert(event: AgendaEvent): void {
    this.remove(event.id);
    this.events.set(event.id, event);
    timelineOf(this.cells, cellOf(event.lat, event.lng)).add(event);
    if (event.inseeCode) timelineOf(this.communes, event.inseeCode).add(event);
  }

  remove(id: string): void {
    const event = this.events.get(id);
    if (!event) return;
    this.events.delete(id);
    dropFrom(this.cells, cellOf(event.lat, event.lng), event);
    if (event.inseeCode) dropFrom(this.communes, event.inseeCode, event);
  }

  /**
   * A page of occurrences overlapping [from, to), by start time then event id. Needs `near` with
   * `radiusMeters`, or communes in the filter (the agenda is always of somewhere).
   */
  query(query: AgendaQuery): AgendaResult {
    const heap = new CursorHeap();
    for (const timeline of this.timelines(query)) {
      const cursor = timeline.cursorAt(query);
      if (cursor) heap.push(cursor);
    }
    const hits: AgendaHit[] = [];
    const radius = query.radiusMeters ?? Infinity;
    while (heap.size > 0 && hits.length <= query.first) {
      const cursor = heap.top();
      const event = cursor.timeline.eventAt(cursor.position);
      const start = cursor.timeline.startAt(cursor.position);
      if (cursor.timeline.advance(cursor, query.to)) heap.replaceTop(cursor);
      else heap.pop();
      if (start + event.durationMs <= query.from || isAtOrBefore(start, event.id, query.after)) continue;
      const distance = query.near ? distanceTo(query.near, event) : null;
      if ((distance !== null && distance > radius) || !matches(event, query.filter)) continue;
      hits.push({ eventId: event.id, start, end: start + event.durationMs, distanceMeters: distance });
    }
    const hasNextPage = hits.length > query.first;
    return { hits: hasNextPage ? hits.slice(0, query.first) : hits, hasNextPage };
  }

  private *timelines(query: AgendaQuery): Iterable<Timeline> {
    const communes = query.filter?.communes;
    if (communes?.length) {
      for (const insee of new Set(communes)) {
        const timeline = this.communes.get(insee);
        if (timeline) yield timeline;
      }
      return;
    }
    if (!query.near || query.radiusMeters === undefined)
      throw new RangeError('An agenda query needs near and radiusMeters, or communes.');
    const { lat, lng } = query.near;
    const dLat = query.radiusMeters / METERS_PER_DEG_LAT;
    const dLng = dLat / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
    for (let y = Math.floor((lat - dLat) / CELL_DEG); y <= Math.floor((lat + dLat) / CELL_DEG); y++)
      for (let x = Math.floor((lng - dLng) / CELL_DEG); x <= Math.floor((lng + dLng) / CELL_DEG); x++) {
        const timeline = this.cells.get(y * 4000 + x);
        if (timeline) yield timeline;
      }
  }
}

const isAtOrBefore = (start: number, id: string, after: AgendaCursor | undefined) =>
  after !== undefined && (start < after.start || (start === after.start && id <= after.eventId));

const compareOccurrence = (startA: number, idA: string, startB: number, idB: string) =>
  startA - startB || (idA < idB ? -1 : idA > idB ? 1 : 0);

/** The events of one cell or commune, and all their occurrences sorted by (start, id) once asked. */
class Timeline {
  readonly members = new Set<AgendaEvent>();
  private sorted: { starts: Float64Array; events: AgendaEvent[] } | null = null;
  private longest = 0;

  add(event: AgendaEvent): void {
    this.members.add(event);
    this.sorted = null;
  }

  delete(event: AgendaEvent): void {
    this.members.delete(event);
    this.sorted = null;
  }

  prepare(): void {
    if (!this.sorted) this.build();
  }

  private build() {
    const entries: { start: number; event: AgendaEvent }[] = [];
    this.longest = 0;
    for (const event of this.members) {
      this.longest = Math.max(this.longest, event.durationMs);
      for (const start of event.starts) entries.push({ start, event });
    }
    entries.sort((a, b) => compareOccurrence(a.start, a.event.id, b.start, b.event.id));
    return (this.sorted = {
      starts: Float64Array.from(entries, (entry) => entry.start),
      events: entries.map((entry) => entry.event),
    });
  }

  /** Where the window's occurrences begin: the first that may still be under way at `from`, or after the cursor. */
  cursorAt(query: AgendaQuery): TimelineCursor | null {
    const sorted = this.sorted ?? this.build();
    let position = lowerBound(sorted.starts, query.from - this.longest + 1);
    if (query.after) position = Math.max(position, lowerBound(sorted.starts, query.after.start));
    return position < sorted.starts.length && sorted.starts[position]! < query.to ? { timeline: this, position } : null;
  }

  startAt(position: number): number {
    return this.sorted!.starts[position]!;
  }

  eventAt(position: number): AgendaEvent {
    return this.sorted!.events[position]!;
  }

  /** Moves the cursor on; false when the timeline has nothing more before `to`. */
  advance(cursor: TimelineCursor, to: number): boolean {
    cursor.position++;
    const starts = this.sorted!.starts;
    return cursor.position < starts.length && starts[cursor.position]! < to;
  }
}

interface TimelineCursor {
  timeline: Timeline;
  position: number;
}

function timelineOf<K>(map: Map<K, Timeline>, key: K): Timeline {
  let timeline = map.get(key);
  if (!timeline) map.set(key, (timeline = new Timeline()));
  return timeline;
}

function dropFrom<K>(map: Map<K, Timeline>, key: K, event: AgendaEvent): void {
  const timeline = map.get(key);
  timeline?.delete(event);
  if (timeline?.members.size === 0) map.delete(key);
}

function distanceTo(near: LatLng, event: AgendaEvent): number {
  return metersFromHaverSin(haverSinDistance(near.lng, near.lat, event.lng, event.lat));
}

function matches(event: AgendaEvent, filter: AgendaFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kinds?.length && !filter.kinds.includes(event.kind)) return false;
  if (filter.actions?.length && event.actions.length && !event.actions.some((a) => filter.actions!.includes(a)))
    return false;
  if (filter.subcategories?.length && !event.subcategories.some((s) => filter.subcategories!.includes(s))) return false;
  return true;
}

function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const cursorBefore = (a: TimelineCursor, b: TimelineCursor) =>
  compareOccurrence(
    a.timeline.startAt(a.position),
    a.timeline.eventAt(a.position).id,
    b.timeline.startAt(b.position),
    b.timeline.eventAt(b.position).id,
  ) < 0;

/** Min-heap of the timelines' cursors, by their current occurrence. */
class CursorHeap {
  private readonly items: TimelineCursor[] = [];

  get size(): number {
    return this.items.length;
  }

  top(): TimelineCursor {
    return this.items[0]!;
  }

  push(cursor: TimelineCursor): void {
    const items = this.items;
    items.push(cursor);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!cursorBefore(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  /** The top cursor moved on: restore the order. */
  replaceTop(cursor: TimelineCursor): void {
    this.items[0] = cursor;
    this.siftDown();
  }

  pop(): void {
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.siftDown();
    }
  }

  private siftDown(): void {
    const items = this.items;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && cursorBefore(items[left]!, items[smallest]!)) smallest = left;
      if (right < items.length && cursorBefore(items[right]!, items[smallest]!)) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest]!, items[i]!];
      i = smallest;
    }
  }
}
