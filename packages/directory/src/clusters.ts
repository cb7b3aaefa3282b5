import Supercluster from 'supercluster';
import { combine, compileParts, filterKey } from './filter-plan';
import { acceptor, type IndexState } from './index-state';
import { loadSliced } from './sliced-supercluster';
import { TimeSlicer, type YieldTurn } from './time-slice';
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
 *
 * A build over a whole directory takes about a second of CPU at 300 000 places: it runs in slices of a
 * few milliseconds (sliced-supercluster.ts), giving the event loop back through `yieldTurn` between
 * them, and requests for the same filter meanwhile wait for the same build. A write drops the cached
 * clusterings but not a build under way: the next one for that filter starts when it ends, so a run
 * of writes (an import) never has several builds of one filter competing for the CPU.
 */
export class ClusterCache {
  private readonly entries = new Map<string, Promise<Clustering>>();
  /** The last build started per filter key, until it ends (cached or already dropped by a write). */
  private readonly building = new Map<string, Promise<unknown>>();

  constructor(private readonly yieldTurn: YieldTurn) {}

  /** Forgets every cached clustering. */
  clear(): void {
    this.entries.clear();
  }

  /** Clusters and single places of the matching places inside the bbox at this zoom. */
  async features<T extends DirectoryPlace>(state: IndexState<T>, query: MapFeaturesQuery): Promise<MapFeature<T>[]> {
    const { index, expansionZooms } = await this.clustering(state, query);
    // A fresh clustering knows no expansion zoom yet: a wide view's few hundred walks take a few slices.
    const slicer = new TimeSlicer(this.yieldTurn);
    const { west, south, east, north } = query.bbox;
    const features: MapFeature<T>[] = [];
    let zoom = query.zoom;
    let found = index.getClusters([west, south, east, north], zoom);
    while (query.maxFeatures !== undefined && found.length > query.maxFeatures && zoom > 0) {
      zoom -= 1; // a cluster cell four times as large: about a quarter of the features
      if (slicer.dueNow()) await slicer.next();
      found = index.getClusters([west, south, east, north], zoom);
    }
    for (const feature of found) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const id = props.cluster_id as number;
        let expansionZoom = expansionZooms.get(id);
        if (expansionZoom === undefined) {
          if (slicer.dueNow()) await slicer.next();
          expansionZoom = index.getClusterExpansionZoom(id);
          if (expansionZooms.size >= EXPANSION_MEMO_SIZE) expansionZooms.clear();
          expansionZooms.set(id, expansionZoom);
        }
        features.push({ type: 'CLUSTER', id, lat, lng, count: props.point_count as number, expansionZoom });
      } else {
        features.push({ type: 'PLACE', lat, lng, count: 1, place: state.table.places[(props as SlotProps).slot]! });
      }
    }
    return features;
  }

  private clustering<T extends DirectoryPlace>(state: IndexState<T>, query: MapFeaturesQuery): Promise<Clustering> {
    const openAt = query.filter?.openNow === true ? (query.now ?? new Date()) : null;
    const key = filterKey(query.filter) + (openAt ? `@${Math.floor(openAt.getTime() / 60_000)}` : '');
    let clustering = this.entries.get(key);
    if (clustering) {
      this.entries.delete(key); // re-insert: Map order is the recency order
    } else {
      const previous = this.building.get(key);
      const start = () => build(state, query, openAt, new TimeSlicer(this.yieldTurn));
      clustering = (previous ? previous.then(start, start) : start()).then((index) => ({
        index,
        expansionZooms: new Map(),
      }));
      const running = clustering;
      this.building.set(key, running);
      const ended = () => {
        if (this.building.get(key) === running) this.building.delete(key);
      };
      running.then(ended, ended);
      // A failed build is not kept: the next request tries again.
      const failed = clustering;
      failed.catch(() => {
        if (this.entries.get(key) === failed) this.entries.delete(key);
      });
      if (this.entries.size >= CACHE_SIZE) this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, clustering);
    return clustering;
  }
}

async function build<T extends DirectoryPlace>(
  state: IndexState<T>,
  query: MapFeaturesQuery,
  openAt: Date | null,
  slicer: TimeSlicer,
): Promise<Supercluster<SlotProps, Supercluster.AnyProps>> {
  const mask = combine(compileParts(state.table, state.text, query.filter));
  const accept = acceptor(state, mask, { bbox: null, openAt });
  const points: Supercluster.PointFeature<SlotProps>[] = [];
  // Slots in increasing order, as mask.forEach visits them.
  for (let slot = 0, end = state.table.slotCount; slot < end; slot++) {
    if (slicer.due()) await slicer.next();
    if (!accept(slot)) continue;
    points.push({
      type: 'Feature',
      properties: { slot },
      geometry: { type: 'Point', coordinates: [state.table.lng[slot]!, state.table.lat[slot]!] },
    });
  }
  return loadSliced(new Supercluster<SlotProps, Supercluster.AnyProps>(CLUSTER_OPTIONS), points, slicer);
}
