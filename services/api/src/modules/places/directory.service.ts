import { DirectoryIndex } from '@reemploi/directory';
import { subcategoryById } from '@reemploi/taxonomy';
import type { Logger } from '../../shared/logger';
import { PlaceModel } from './place.model';
import { isPublic, toPublicPlace, type PublicPlace } from './public-place';

// Writes made by other instances are picked up by polling updatedAt; this overlap absorbs clock skew
// between instances and writes committed slightly out of timestamp order.
const POLL_OVERLAP_MS = 5000;

export interface DirectoryServiceOptions {
  pollMs: number;
  logger: Logger;
}

/**
 * Owns this instance's in-memory directory: built from the database at start, updated on every
 * write made in this process, and refreshed by polling so several instances agree within seconds.
 */
export class DirectoryService {
  readonly index = new DirectoryIndex<PublicPlace>({ categoryOf: (id) => subcategoryById(id)?.categoryId });
  private lastSeen = new Date(0);
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  ready = false;
  lastRefreshAt: Date | null = null;
  lastRefreshError: string | null = null;

  constructor(private readonly options: DirectoryServiceOptions) {}

  /** Loads every published place from the database into a fresh index. */
  async build(): Promise<void> {
    const started = Date.now();
    const places: PublicPlace[] = [];
    let newest = new Date(0);
    for await (const doc of PlaceModel.find({}).lean().cursor()) {
      if (doc.updatedAt > newest) newest = doc.updatedAt;
      if (isPublic(doc)) places.push(toPublicPlace(doc));
    }
    this.index.load(places);
    this.lastSeen = newest;
    this.ready = true;
    this.lastRefreshAt = new Date();
    this.options.logger.info({ places: places.length, ms: Date.now() - started }, 'directory index built');
  }

  /** Applies one place write made in this process (a stored document) to the index at once. */
  apply(doc: Parameters<typeof toPublicPlace>[0]): void {
    if (isPublic(doc)) this.index.upsert(toPublicPlace(doc));
    else this.index.remove(doc._id.toString());
  }

  /** Pulls places changed since the last refresh (by any instance) into the index. */
  refresh(): Promise<void> {
    this.refreshing ??= this.pullChanges().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async pullChanges(): Promise<void> {
    try {
      const since = new Date(this.lastSeen.getTime() - POLL_OVERLAP_MS);
      const changed = await PlaceModel.find({ updatedAt: { $gte: since } })
        .sort({ updatedAt: 1 })
        .lean();
      for (const doc of changed) {
        this.apply(doc);
        if (doc.updatedAt > this.lastSeen) this.lastSeen = doc.updatedAt;
      }
      this.lastRefreshAt = new Date();
      this.lastRefreshError = null;
    } catch (error) {
      this.lastRefreshError = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ err: this.lastRefreshError }, 'directory refresh failed; serving from memory');
    }
  }

  startPolling(): void {
    this.timer = setInterval(() => void this.refresh(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
