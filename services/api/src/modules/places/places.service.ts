import type { FacetCounts, MapFeature } from '@reemploi/directory';
import { isValidObjectId } from 'mongoose';
import { AppError, ErrorCode, badInput, unavailable } from '../../shared/errors';
import type { DirectoryService } from './directory.service';
import { PlaceModel } from './place.model';
import {
  decodeCursor,
  encodeCursor,
  toDirectoryFilter,
  validateBBox,
  validatePageSize,
  validatePoint,
  validateRadiusKm,
  type BBoxInput,
  type GeoPointInput,
  type PlaceFilterInput,
} from './place-query';
import { MAX_MAP_FEATURES, mapViewZoom } from './place-query-costs';
import { toPublicPlace, type PublicPlace } from './public-place';

export interface PlacesArgs {
  filter?: PlaceFilterInput | null;
  near?: GeoPointInput | null;
  radiusKm?: number | null;
  bbox?: BBoxInput | null;
  first?: number | null;
  after?: string | null;
}

/** How many places deep a nearest-first search can be paged (`after`); see docs/api.md (limits). */
export const MAX_NEAREST_DEPTH = 2000;

/** A place as returned by a search: the public place plus its distance from the query point. */
export type PlaceResult = PublicPlace & { distanceMeters: number | null };

export interface PlaceConnectionResult {
  edges: { cursor: string; node: PlaceResult }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  /** Counted on demand (only when asked for), once per request for the same search. */
  facets: () => Promise<FacetCounts>;
}

/**
 * One request's directory work. Aliases repeating a search or a facet count get the first answer, and
 * each computation runs in an event-loop turn of its own, so `/healthz` and other requests are served
 * between the twenty searches an operation may hold, not after all of them.
 */
class RequestWork {
  private readonly answers = new Map<string, unknown>();
  private last: Promise<unknown> = Promise.resolve();

  memo<T>(key: string, compute: () => T): T {
    if (!this.answers.has(key)) this.answers.set(key, compute());
    return this.answers.get(key) as T;
  }

  inTurn<T>(compute: () => T): Promise<T> {
    const result = this.last.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(compute);
    this.last = result.catch(() => undefined);
    return result;
  }
}

/** Read side of places: every search is answered by the in-memory directory, never by the database. */
export class PlacesService {
  constructor(
    private readonly directory: DirectoryService,
    private readonly work: RequestWork | null = null,
  ) {}

  /** This service as one request uses it: repeated computations made once, each in a turn of its own. */
  forRequest(): PlacesService {
    return new PlacesService(this.directory, new RequestWork());
  }

  /** Runs a directory computation after this request's previous one, in its own event-loop turn. */
  inTurn<T>(compute: () => T): Promise<T> {
    return this.work ? this.work.inTurn(compute) : Promise.resolve().then(compute);
  }

  private memo<T>(key: string, compute: () => T): T {
    return this.work ? this.work.memo(key, compute) : compute();
  }

  search(args: PlacesArgs, now = new Date()): PlaceConnectionResult {
    const limit = validatePageSize(args.first);
    const offset = decodeCursor(args.after);
    const near = args.near ? validatePoint(args.near, 'near') : undefined;
    const radiusKm = validateRadiusKm(args.radiusKm);
    if (radiusKm !== undefined && !near) throw badInput('radiusKm needs near (the point to measure from).', 'radiusKm');
    const bbox = args.bbox ? validateBBox(args.bbox) : undefined;
    if (near && offset > MAX_NEAREST_DEPTH) {
      // Nearest-first, every place before the page is ordered by distance: the deeper, the longer one
      // request holds the server. Nobody reads 2 000 places by distance; a smaller area (radiusKm, bbox)
      // or a filter gives the far ones.
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Nearest-first results go ${MAX_NEAREST_DEPTH} places deep at most; narrow the search (radiusKm, bbox, filter) to reach farther places.`,
        { field: 'after', maxDepth: MAX_NEAREST_DEPTH },
      );
    }
    const query = {
      filter: toDirectoryFilter(args.filter),
      near,
      radiusMeters: radiusKm === undefined ? undefined : radiusKm * 1000,
      bbox,
      offset,
      limit,
      now,
    };
    const key = JSON.stringify({ ...query, offset: undefined, limit: undefined });
    const result = this.memo(`search ${limit} ${offset} ${key}`, () => this.directory.index.search(query));
    const edges = result.hits.map((hit, i) => ({
      cursor: encodeCursor(offset + i + 1),
      node: { ...hit.place, distanceMeters: hit.distanceMeters },
    }));
    const end = offset + edges.length;
    return {
      edges,
      pageInfo: { hasNextPage: end < result.total, endCursor: edges.length > 0 ? encodeCursor(end) : null },
      totalCount: result.total,
      facets: () => this.inTurn(() => this.memo(`facets ${key}`, () => this.directory.index.facets(query))),
    };
  }

  /** One place by id or slug; closed places are looked up in the database so old links still explain them. */
  async find(args: { id?: string | null; slug?: string | null }): Promise<PlaceResult | null> {
    if ((args.id == null) === (args.slug == null)) throw badInput('Give exactly one of id or slug.');
    if (args.id != null && !isValidObjectId(args.id)) {
      throw badInput(`"${args.id}" is not a place id (ids are 24 hexadecimal characters).`, 'id');
    }
    if (args.slug != null && !/^[a-z0-9-]{1,200}$/.test(args.slug)) {
      throw badInput(`"${args.slug}" is not a place slug (lowercase letters, digits and dashes).`, 'slug');
    }
    const indexed = args.id != null ? this.directory.index.get(args.id) : this.directory.index.getBySlug(args.slug!);
    if (indexed) return { ...indexed, distanceMeters: null };
    try {
      const doc = await PlaceModel.findOne(args.id != null ? { _id: args.id } : { slug: args.slug })
        .lean()
        .maxTimeMS(3000);
      if (!doc || (doc.status !== 'CLOSED' && doc.status !== 'PUBLISHED')) return null;
      return { ...toPublicPlace(doc), distanceMeters: null };
    } catch {
      throw unavailable('The place could not be loaded right now; please retry in a moment.');
    }
  }

  mapFeatures(
    args: { bbox: BBoxInput; zoom: number; filter?: PlaceFilterInput | null },
    now = new Date(),
  ): Promise<MapFeature<PublicPlace>[]> {
    const bbox = validateBBox(args.bbox);
    if (!Number.isInteger(args.zoom) || args.zoom < 0 || args.zoom > 22) {
      throw badInput(`zoom must be an integer between 0 and 22 (got ${args.zoom}).`, 'zoom');
    }
    const query = {
      bbox,
      zoom: mapViewZoom(bbox, args.zoom),
      filter: toDirectoryFilter(args.filter),
      now,
      maxFeatures: MAX_MAP_FEATURES,
    };
    return this.memo(`map ${JSON.stringify(query)}`, () => this.directory.index.mapFeatures(query));
  }
}
