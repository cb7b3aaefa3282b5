import Supercluster from 'supercluster';
import { combine, compileParts, filterKey } from './filter-plan';
import { acceptor, type IndexState } from './index-state';
import type { DirectoryPlace, MapFeature, MapFeaturesQuery } from './types';

const CACHE_SIZE = 8;
const CLUSTER_OPTIONS = { radius: 60, maxZoom: 16 };
/** Expansion zooms remembered per clustering (a France-wide view has a few hundred clusters per zoom). */
const EXPANSION_MEMO_SIZE = 50_000;

type SlotProps = { slot: number };

interface Clustering {
  index: Supercluster<SlotProps, Supercluster.AnyProps>;
  /**
   * Cluster id → zoom at which it splits. Supercluster finds it by walking down the cluster's children,
   * a range query per zoom: the costliest part of a wide view, and the same answer for every request.
   */
  expansionZooms: Map<number, number>;
}

/**
 * One Supercluster per distinct filter (and minute, for "open now"), built over every matching place so
 * panning and zooming reuse it; a few are kept, least recently used first out, all dropped on any write.
 */
export class ClusterCache {
  private readonly entries = new Map<string, Clustering>();

  /** Forgets every cached clustering. */
  clear(): void {
    this.entries.clear();
  }

  /** Clusters and single places of the matching places inside the bbox at this zoom. */
  features<T extends DirectoryPlace>(state: IndexState<T>, query: MapFeaturesQuery): MapFeature<T>[] {
    const { index, expansionZooms } = this.clustering(state, query);
    const expansionZoom = (id: number) => {
      let zoom = expansionZooms.get(id);
      if (zoom === undefined) {
        zoom = index.getClusterExpansionZoom(id);
        if (expansionZooms.size >= EXPANSION_MEMO_SIZE) expansionZooms.clear();
        expansionZooms.set(id, zoom);
      }
      return zoom;
    };
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
          expansionZoom: expansionZoom(id),
        };
      }
      return { type: 'PLACE', lat, lng, count: 1, place: state.table.places[(props as SlotProps).slot]! };
    });
  }

  private clustering<T extends DirectoryPlace>(state: IndexState<T>, query: MapFeaturesQuery): Clustering {
    const openAt = query.filter?.openNow === true ? (query.now ?? new Date()) : null;
    const key = filterKey(query.filter) + (openAt ? `@${Math.floor(openAt.getTime() / 60_000)}` : '');
    let clustering = this.entries.get(key);
    if (clustering) {
      this.entries.delete(key); // re-insert: Map order is the recency order
    } else {
      clustering = { index: build(state, query, openAt), expansionZooms: new Map() };
      if (this.entries.size >= CACHE_SIZE) this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, clustering);
    return clustering;
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
