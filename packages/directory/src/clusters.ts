import Supercluster from 'supercluster';
import { combine, compileParts, filterKey } from './filter-plan';
import { acceptor, type IndexState } from './index-state';
import type { DirectoryPlace, MapFeature, MapFeaturesQuery } from './types';

const CACHE_SIZE = 8;
const CLUSTER_OPTIONS = { radius: 60, maxZoom: 16 };

type SlotProps = { slot: number };

/**
 * One Supercluster per distinct filter (and minute, for "open now"), built over every matching place so
 * panning and zooming reuse it; a few are kept, least recently used first out, all dropped on any write.
 */
export class ClusterCache {
  private readonly entries = new Map<string, Supercluster<SlotProps, Supercluster.AnyProps>>();

  /** Forgets every cached clustering. */
  clear(): void {
    this.entries.clear();
  }

  /** Clusters and single places of the matching places inside the bbox at this zoom. */
  features<T extends DirectoryPlace>(state: IndexState<T>, query: MapFeaturesQuery): MapFeature<T>[] {
    const index = this.index(state, query);
    const { west, south, east, north } = query.bbox;
    return index.getClusters([west, south, east, north], query.zoom).map((feature): MapFeature<T> => {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const id = props.cluster_id as number;
        return {
          type: 'CLUSTER',
          id,
          lat,
          lng,
          count: props.point_count as number,
          expansionZoom: index.getClusterExpansionZoom(id),
        };
      }
      return { type: 'PLACE', lat, lng, count: 1, place: state.table.places[(props as SlotProps).slot]! };
    });
  }

  private index<T extends DirectoryPlace>(
    state: IndexState<T>,
    query: MapFeaturesQuery,
  ): Supercluster<SlotProps, Supercluster.AnyProps> {
    const openAt = query.filter?.openNow === true ? (query.now ?? new Date()) : null;
    const key = filterKey(query.filter) + (openAt ? `@${Math.floor(openAt.getTime() / 60_000)}` : '');
    let index = this.entries.get(key);
    if (index) {
      this.entries.delete(key); // re-insert: Map order is the recency order
    } else {
      index = build(state, query, openAt);
      if (this.entries.size >= CACHE_SIZE) this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, index);
    return index;
  }
}

function build<T extends DirectoryPlace>(
  state: IndexState<T>,
  query: MapFeaturesQuery,
  openAt: Date | null,
): Supercluster<SlotProps, Supercluster.AnyProps> {
  const mask = combine(compileParts(state.table, state.text, query.filter));
  const accept = acceptor(state, mask, { bbox: null, openAt });
  const points: Supercluster.PointFeature<SlotProps>[] = [];
  mask.forEach((slot) => {
    if (!accept(slot)) return;
    points.push({
      type: 'Feature',
      properties: { slot },
      geometry: { type: 'Point', coordinates: [state.table.lng[slot]!, state.table.lat[slot]!] },
    });
  });
  return new Supercluster<SlotProps, Supercluster.AnyProps>(CLUSTER_OPTIONS).load(points);
}
