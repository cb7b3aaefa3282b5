import { ClusterCache } from './clusters';
import { countFacets } from './facets';
import type { IndexState } from './index-state';
import { OpenNowCache } from './open-now';
import { runSearch } from './search';
import { SlotTable } from './slot-table';
import { SpatialIndex } from './spatial-index';
import { TextIndex } from './text-index';
import { timerTurn } from './time-slice';
import type {
  DirectoryOptions,
  DirectoryPlace,
  FacetCounts,
  MapFeature,
  MapFeaturesQuery,
  SearchQuery,
  SearchResult,
} from './types';

/**
 * The in-memory directory: every public search of the API is answered here, without I/O.
 * Writes are cheap (append + mark); the static structures are rebuilt lazily at the next read that needs it.
 */
export class DirectoryIndex<T extends DirectoryPlace = DirectoryPlace> {
  private state!: IndexState<T>;
  private readonly clusters: ClusterCache;
  private readonly openNow = new OpenNowCache();
  private changes = 0;

  constructor(private readonly options: DirectoryOptions) {
    this.clusters = new ClusterCache(options.yieldTurn ?? timerTurn);
    this.load([]);
  }

  /** Replaces the whole content of the index. */
  load(places: Iterable<T>): void {
    const table = new SlotTable<T>((s) => this.options.categoryOf(s));
    for (const place of places) {
      const previous = table.idToSlot.get(place.id);
      if (previous !== undefined) table.retire(previous); // last one wins, as with upsert
      table.append(place);
    }
    const text = new TextIndex();
    const live: [number, T][] = [];
    table.alive.forEach((slot) => live.push([slot, table.places[slot]!]));
    text.addAll(live);
    const spatial = new SpatialIndex();
    spatial.rebuild(table);
    this.state = { table, spatial, text, openNow: this.openNow };
    this.clusters.clear();
    this.changes++;
  }

  /**
   * A number that grows on every write (load, upsert, effective remove): an answer computed at one
   * generation is still the answer while the generation is unchanged (response caches key on it).
   */
  get generation(): number {
    return this.changes;
  }

  /** Inserts a place, or replaces the one with the same id. */
  upsert(place: T): void {
    this.retireId(place.id);
    const slot = this.state.table.append(place);
    this.state.text.add(slot, place);
    this.state.spatial.addOverflow(slot);
    this.changed();
  }

  /** Removes a place by id; unknown ids are ignored. */
  remove(id: string): void {
    if (this.retireId(id)) this.changed();
  }

  /** The place with this id. */
  get(id: string): T | undefined {
    const slot = this.state.table.idToSlot.get(id);
    return slot === undefined ? undefined : this.state.table.places[slot];
  }

  /** The place with this slug. */
  getBySlug(slug: string): T | undefined {
    const slot = this.state.table.slugToSlot.get(slug);
    return slot === undefined ? undefined : this.state.table.places[slot];
  }

  /** Number of places in the index. */
  get size(): number {
    return this.state.table.liveCount;
  }

  /** Filtered, ordered, paginated places with the total number of matches. */
  search(query: SearchQuery): SearchResult<T> {
    return runSearch(this.ready(), query);
  }

  /** Counts per action, kind and label for the query, each facet ignoring its own filter. */
  facets(query: SearchQuery): FacetCounts {
    return countFacets(this.ready(), query);
  }

  /**
   * Clusters and single places for a map view. The first view of a filter builds its clustering in
   * slices (see ClusterCache), hence the promise.
   */
  mapFeatures(query: MapFeaturesQuery): Promise<MapFeature<T>[]> {
    return this.clusters.features(this.ready(), query);
  }

  private retireId(id: string): boolean {
    const slot = this.state.table.idToSlot.get(id);
    if (slot === undefined) return false;
    this.state.table.retire(slot);
    this.state.text.remove(slot);
    return true;
  }

  private changed(): void {
    this.clusters.clear();
    this.changes++;
  }

  /** Compacts or rebuilds the static structures when writes have piled up. */
  private ready(): IndexState<T> {
    const { table, spatial } = this.state;
    const retired = table.slotCount - table.liveCount;
    if (retired > 1024 && retired > table.liveCount) {
      // Slots are never reused, so after heavy churn start afresh rather than carry dead weight.
      this.load(table.places.filter((place): place is T => place !== undefined));
    } else if (spatial.needsRebuild(table.liveCount)) {
      spatial.rebuild(table);
    }
    return this.state;
  }
}
