import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { compareNamed } from './name-order';
import { inBBox, splitBBox } from './geo';
import type { SlotTable } from './slot-table';
import type { BBox, DirectoryPlace } from './types';

/**
 * Static kd-tree and name order over the slots live at the last rebuild, plus an overflow list of slots
 * appended since, searched linearly. kdbush cannot change after `finish()`, so writes only append to the
 * overflow; a rebuild happens lazily when the overflow outgrows `overflowLimit`.
 */
export class SpatialIndex {
  private kd: KDBush | null = null;
  private kdToSlot = new Int32Array(0);
  /** Live slots at the last rebuild in French name order. */
  byName = new Int32Array(0);
  /** Position of each slot in `byName`, or -1 for slots added after it. */
  rank = new Int32Array(0);
  overflow: number[] = [];
  /** Bounds of the kd-tree's points (null when it is empty). */
  private bounds: BBox | null = null;

  /** Rebuilds over every live slot. */
  rebuild<T extends DirectoryPlace>(table: SlotTable<T>): void {
    const slots: number[] = [];
    table.alive.forEach((slot) => slots.push(slot));
    this.buildKd(table, slots);
    this.buildNameOrder(table, slots);
    this.overflow = [];
  }

  /** Records a slot appended since the last rebuild. */
  addOverflow(slot: number): void {
    this.overflow.push(slot);
  }

  /** Whether enough writes piled up that a rebuild is cheaper than scanning them on every query. */
  needsRebuild(liveCount: number): boolean {
    return this.overflow.length > Math.max(256, Math.sqrt(liveCount) * 4);
  }

  /** Whether `box` holds every point of the index (kd-tree and overflow, live or not). */
  covers<T extends DirectoryPlace>(table: SlotTable<T>, box: BBox): boolean {
    const b = this.bounds;
    if (
      b &&
      !(inBBox(b.west, b.south, box) && inBBox(b.east, b.north, box) && box.west <= box.east === b.west <= b.east)
    )
      return false;
    for (const slot of this.overflow) if (!inBBox(table.lng[slot]!, table.lat[slot]!, box)) return false;
    return true;
  }

  /**
   * Whether `box` overlaps a large share (a quarter or more) of the index's extent. For such a box,
   * walking every slot with a point-in-box test is cheaper than collecting the kd-tree's answer.
   */
  isLarge(box: BBox): boolean {
    const b = this.bounds;
    if (!b || box.west > box.east) return false;
    const width = Math.min(box.east, b.east) - Math.max(box.west, b.west);
    const height = Math.min(box.north, b.north) - Math.max(box.south, b.south);
    if (width <= 0 || height <= 0) return false;
    return width * height * 4 >= (b.east - b.west) * (b.north - b.south);
  }

  /** Slots of the kd-tree nearest first (accepted by `accept`), at most `max`, within `maxKm`. */
  nearest(lng: number, lat: number, max: number, maxKm: number, accept: (slot: number) => boolean): number[] {
    if (!this.kd || this.kd.numItems === 0) return [];
    const kdToSlot = this.kdToSlot;
    const ids = around(this.kd, lng, lat, max, maxKm, (id) => accept(kdToSlot[id]!));
    return ids.map((id) => kdToSlot[id]!);
  }

  /** Every slot (kd-tree and overflow, live or not) whose point lies in the box. */
  range<T extends DirectoryPlace>(table: SlotTable<T>, box: BBox): number[] {
    const slots: number[] = [];
    if (this.kd && this.kd.numItems > 0) {
      for (const part of splitBBox(box)) {
        for (const id of this.kd.range(part.west, part.south, part.east, part.north)) slots.push(this.kdToSlot[id]!);
      }
    }
    for (const slot of this.overflow) if (inBBox(table.lng[slot]!, table.lat[slot]!, box)) slots.push(slot);
    return slots;
  }

  private buildKd<T extends DirectoryPlace>(table: SlotTable<T>, slots: number[]): void {
    const kd = new KDBush(Math.max(1, slots.length));
    this.kdToSlot = Int32Array.from(slots);
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (const slot of slots) {
      const lng = table.lng[slot]!;
      const lat = table.lat[slot]!;
      kd.add(lng, lat);
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    this.bounds = slots.length > 0 ? { west, south, east, north } : null;
    if (slots.length === 0) kd.add(0, 0); // kdbush refuses an empty index; numItems guards below
    this.kd = kd.finish();
    if (slots.length === 0) this.kd = null;
  }

  private buildNameOrder<T extends DirectoryPlace>(table: SlotTable<T>, slots: number[]): void {
    const entries = slots.map((slot) => ({
      slot,
      key: table.keys[slot]!,
      name: table.places[slot]!.name,
      id: table.places[slot]!.id,
    }));
    entries.sort(compareNamed);
    this.byName = Int32Array.from(entries, (entry) => entry.slot);
    this.rank = new Int32Array(table.slotCount).fill(-1);
    this.byName.forEach((slot, position) => (this.rank[slot] = position));
  }
}
