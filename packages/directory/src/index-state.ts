import type { Bitset } from './bitset';
import { inBBox } from './geo';
import { compareNamed } from './name-order';
import type { OpenNowCache } from './open-now';
import type { SlotTable } from './slot-table';
import type { SpatialIndex } from './spatial-index';
import type { TextIndex } from './text-index';
import type { BBox, DirectoryPlace } from './types';

/** Everything a query reads, kept consistent by DirectoryIndex. */
export interface IndexState<T extends DirectoryPlace> {
  table: SlotTable<T>;
  spatial: SpatialIndex;
  text: TextIndex;
  openNow: OpenNowCache;
}

/**
 * A query's box, or null when it holds every place of the directory (a view of the whole country, the
 * map's first view): then it filters nothing, and the box is not walked place by place.
 */
export function effectiveBBox<T extends DirectoryPlace>(
  state: IndexState<T>,
  bbox: BBox | null | undefined,
): BBox | null {
  if (!bbox) return null;
  return state.spatial.covers(state.table, bbox) ? null : bbox;
}

/** The non-posting conditions a slot must also meet. */
export interface Residual {
  bbox: BBox | null;
  openAt: Date | null;
}

/** A predicate over slots: in the mask, in the bbox, open when asked. */
export function acceptor<T extends DirectoryPlace>(
  state: IndexState<T>,
  mask: Bitset,
  residual: Residual,
): (slot: number) => boolean {
  const { table, openNow } = state;
  const { bbox, openAt } = residual;
  const open = openAt === null ? null : openNow.openSlots(table, openAt);
  return (slot) =>
    mask.has(slot) &&
    (bbox === null || inBBox(table.lng[slot]!, table.lat[slot]!, bbox)) &&
    (open === null || open.has(slot));
}

/** French name order of two slots: precomputed ranks when both have one, else the full comparison. */
export function nameComparator<T extends DirectoryPlace>(state: IndexState<T>): (a: number, b: number) => number {
  const { rank } = state.spatial;
  const { table } = state;
  const entry = (slot: number) => ({
    key: table.keys[slot]!,
    name: table.places[slot]!.name,
    id: table.places[slot]!.id,
  });
  return (a, b) => {
    const ra = a < rank.length ? rank[a]! : -1;
    const rb = b < rank.length ? rank[b]! : -1;
    if (ra >= 0 && rb >= 0) return ra - rb;
    return compareNamed(entry(a), entry(b));
  };
}
