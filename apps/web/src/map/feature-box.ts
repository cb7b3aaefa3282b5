import type { BBox } from '../search/search-state';

/** Grid cells per 256 px map tile: the box asked for reaches at most a quarter tile (64 px) past the view. */
const CELLS_PER_TILE = 4;

/**
 * The box to ask `mapFeatures` for: the view widened to a grid that depends only on the zoom. Clusters
 * do not depend on the box (only which of them are listed), so a few extra off-screen ones cost nothing,
 * while views that differ by a small pan ask the very same question and are answered from the API's
 * response cache and the browser's HTTP cache instead of being computed again.
 */
export function featureBox(view: BBox, zoom: number): BBox {
  const cell = 360 / 2 ** zoom / CELLS_PER_TILE;
  const down = (value: number) => Math.floor(value / cell) * cell;
  const up = (value: number) => Math.ceil(value / cell) * cell;
  const round = (value: number) => Math.round(value * 1e6) / 1e6; // no 0.30000000000000004 in the key
  return {
    west: round(Math.max(-180, down(view.west))),
    south: round(Math.max(-90, down(view.south))),
    east: round(Math.min(180, up(view.east))),
    north: round(Math.min(90, up(view.north))),
  };
}
