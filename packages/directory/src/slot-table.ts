import { Bitset } from './bitset';
import { communeKey } from './french-text';
import { nameSortKey } from './name-order';
import { placeTerms } from './place-terms';
import type { DirectoryPlace } from './types';

/**
 * Places stored by slot number, with what filters need precomputed. A slot is never reused until the
 * next full load: replacing a place retires its slot and appends a new one, so the static spatial
 * index and name order built over older slots stay valid (a retired slot just fails `alive`).
 */
export class SlotTable<T extends DirectoryPlace> {
  readonly places: (T | undefined)[] = [];
  readonly keys: string[] = [];
  lng = new Float64Array(1024);
  lat = new Float64Array(1024);
  hours = new Int32Array(1024);
  readonly alive = new Bitset(1024);
  readonly postings = new Map<string, Bitset>();
  /** Commune key or INSEE code → slots, append-only (retired slots are filtered through `alive`). */
  readonly communes = new Map<string, number[]>();
  readonly hoursValues: string[] = [];
  readonly idToSlot = new Map<string, number>();
  readonly slugToSlot = new Map<string, number>();
  liveCount = 0;

  constructor(private readonly categoryOf: (s: string) => string | undefined) {}

  /** Number of slots ever used (live and retired). */
  get slotCount(): number {
    return this.places.length;
  }

  /** Stores a place in a new slot and returns the slot. */
  append(place: T): number {
    const slot = this.places.length;
    this.ensureCapacity(slot + 1);
    this.places.push(place);
    this.keys.push(nameSortKey(place.name));
    this.lng[slot] = place.lng;
    this.lat[slot] = place.lat;
    const hours = place.effectiveOpeningHours !== undefined ? place.effectiveOpeningHours : place.openingHours;
    this.hours[slot] = hours === null ? -1 : this.hoursId(hours);
    this.alive.add(slot);
    for (const key of placeTerms(place, this.categoryOf)) this.posting(key).add(slot);
    for (const key of placeCommuneKeys(place)) this.communeSlots(key).push(slot);
    this.idToSlot.set(place.id, slot);
    this.slugToSlot.set(place.slug, slot);
    this.liveCount++;
    return slot;
  }

  /** Takes a slot out of every posting; its place is forgotten. */
  retire(slot: number): void {
    const place = this.places[slot];
    if (!place) return;
    for (const key of placeTerms(place, this.categoryOf)) this.postings.get(key)?.delete(slot);
    this.alive.delete(slot);
    this.places[slot] = undefined;
    if (this.idToSlot.get(place.id) === slot) this.idToSlot.delete(place.id);
    if (this.slugToSlot.get(place.slug) === slot) this.slugToSlot.delete(place.slug);
    this.liveCount--;
  }

  private posting(key: string): Bitset {
    let set = this.postings.get(key);
    if (!set) {
      set = new Bitset(this.lng.length);
      this.postings.set(key, set);
    }
    return set;
  }

  private communeSlots(key: string): number[] {
    let slots = this.communes.get(key);
    if (!slots) {
      slots = [];
      this.communes.set(key, slots);
    }
    return slots;
  }

  private hoursId(value: string): number {
    let id = this.hoursIndex.get(value);
    if (id === undefined) {
      id = this.hoursValues.length;
      this.hoursValues.push(value);
      this.hoursIndex.set(value, id);
    }
    return id;
  }

  private readonly hoursIndex = new Map<string, number>();

  private ensureCapacity(slots: number): void {
    if (slots <= this.lng.length) return;
    const capacity = Math.max(slots, this.lng.length * 2);
    this.lng = grown(this.lng, capacity);
    this.lat = grown(this.lat, capacity);
    this.hours = grown(this.hours, capacity);
  }
}

function grown<A extends Float64Array | Int32Array>(array: A, capacity: number): A {
  const next = new (array.constructor as new (n: number) => A)(capacity);
  next.set(array);
  return next;
}

/** The keys under which the `communes` filter finds a place: its folded name and its INSEE code. */
export function placeCommuneKeys(place: DirectoryPlace): string[] {
  const keys: string[] = [];
  if (place.commune) keys.push(communeKey(place.commune));
  if (place.inseeCode) keys.push(`insee:${place.inseeCode.toUpperCase()}`);
  return keys;
}
