import mongoose from 'mongoose';
import { DirectoryIndex } from '@reemploi/directory';
import { subcategoryById } from '@reemploi/taxonomy';
import type { Logger } from '../../shared/logger';
import { lastConfirmation, type Confirmation, type ConfirmablePlace } from './freshness';
import { lastSeenAtOf } from './last-seen';
import { SourceModel } from './source.model';
import { PlaceModel } from './place.model';
import { isPublic, toPublicPlace, type PublicPlace } from './public-place';

// Writes made by other instances are picked up by polling updatedAt; this overlap absorbs clock skew
// between instances and writes committed slightly out of timestamp order.
const POLL_OVERLAP_MS = 5000;

type StoredPlace = Parameters<typeof toPublicPlace>[0];

/** One event of a change stream on places, as the index uses it. */
export interface PlaceChange {
  operationType: string;
  fullDocument?: StoredPlace | null;
  documentKey?: { _id: unknown };
}

/** The part of a MongoDB change stream the index needs (mongoose's `Model.watch()` result). */
export interface PlaceChangeStream {
  on(event: 'change', listener: (change: PlaceChange) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): Promise<unknown>;
}

/** Where change events come from: replica sets have change streams; FerretDB and standalone servers do not. */
export interface PlaceChangeFeed {
  isReplicaSet(): Promise<boolean>;
  watch(): PlaceChangeStream;
}

const mongoFeed: PlaceChangeFeed = {
  async isReplicaSet() {
    const hello = await mongoose.connection.db!.admin().command({ hello: 1 });
    return typeof hello.setName === 'string';
  },
  watch: () => PlaceModel.watch([], { fullDocument: 'updateLookup' }) as unknown as PlaceChangeStream,
};

export interface DirectoryServiceOptions {
  pollMs: number;
  logger: Logger;
  /** Change events source (tests inject a fake one); defaults to the mongoose connection. */
  feed?: PlaceChangeFeed;
  /** After a change stream fails, how long to poll only before opening a new one. */
  changeStreamRetryMs?: number;
}

/**
 * Owns this instance's in-memory directory: built from the database at start, updated on every
 * write made in this process, and refreshed by polling so several instances agree within seconds.
 */
export class DirectoryService {
  readonly index = new DirectoryIndex<PublicPlace>({
    categoryOf: (id) => subcategoryById(id)?.categoryId,
    // Long builds (a map clustering) give the event loop back between slices, right after pending I/O.
    yieldTurn: () => new Promise((resolve) => setImmediate(resolve)),
  });
  private lastSeen = new Date(0);
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  ready = false;
  lastRefreshAt: Date | null = null;
  lastRefreshError: string | null = null;
  /** True while a change stream delivers other instances' writes at once (polling still runs as a safety net). */
  followsChangeStream = false;
  private stream: PlaceChangeStream | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Each source's last complete run (Source.confirmedAt), refreshed with the index. */
  private sourceConfirmedAt = new Map<string, Date>();

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
    await this.loadSourceConfirmations();
    this.lastSeen = newest;
    this.ready = true;
    this.lastRefreshAt = new Date();
    this.options.logger.info({ places: places.length, ms: Date.now() - started }, 'directory index built');
  }

  /** Applies one place write made in this process (a stored document) to the index at once. */
  apply(doc: StoredPlace): void {
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
      await this.loadSourceConfirmations();
      this.lastRefreshAt = new Date();
      this.lastRefreshError = null;
    } catch (error) {
      if (this.stopped) return; // the connection was closed under a last poll: shutting down
      this.lastRefreshError = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ err: this.lastRefreshError }, 'directory refresh failed; serving from memory');
    }
  }

  /** When the source last listed the place: the entry's own date, or its source's last complete run. */
  lastSeenAt(source: PublicPlace['sources'][number], placeStatus: string): Date | null {
    const confirmedAt = source.sourceId ? this.sourceConfirmedAt.get(source.sourceId) : undefined;
    return lastSeenAtOf(source, placeStatus, confirmedAt);
  }

  /** When the place was last confirmed and by whom (freshness.ts), with the sources' last complete runs. */
  lastConfirmation(place: ConfirmablePlace): Confirmation {
    return lastConfirmation(place, (sourceId) => this.sourceConfirmedAt.get(sourceId));
  }

  // Sources are few (tens): one small read per refresh. Runs do not touch the places they only confirm.
  private async loadSourceConfirmations(): Promise<void> {
    const sources = await SourceModel.find({ confirmedAt: { $ne: null } }, { confirmedAt: 1 }).lean();
    this.sourceConfirmedAt = new Map(sources.map((s) => [String(s._id), s.confirmedAt!]));
  }

  startPolling(): void {
    this.timer = setInterval(() => void this.refresh(), this.options.pollMs);
    this.timer.unref();
  }

  /**
   * Keeps the index fresh from other instances' writes: polling always (it also catches up after any
   * gap), plus a change stream for near-instant updates when the server is a replica set.
   */
  async startFollowing(): Promise<void> {
    this.startPolling();
    const feed = this.options.feed ?? mongoFeed;
    const replicaSet = await feed.isReplicaSet().catch(() => false);
    if (replicaSet && !this.stopped) this.openChangeStream(feed);
    this.options.logger.info(
      { changeStream: this.followsChangeStream, pollMs: this.options.pollMs },
      'directory index follows the database',
    );
  }

  private openChangeStream(feed: PlaceChangeFeed): void {
    let stream: PlaceChangeStream;
    try {
      stream = feed.watch();
    } catch (error) {
      this.changeStreamFailed(feed, error);
      return;
    }
    this.stream = stream;
    this.followsChangeStream = true;
    stream.on('change', (change) => {
      try {
        this.applyChange(change);
      } catch (error) {
        // One malformed document must not kill the stream; the next poll retries it.
        this.options.logger.warn({ err: (error as Error).message }, 'change event not applied');
      }
    });
    // The driver resumes by itself after resumable errors; an error reaching us means the stream is dead.
    stream.on('error', (error) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      stream.close().catch(() => undefined);
      this.changeStreamFailed(feed, error);
    });
  }

  private changeStreamFailed(feed: PlaceChangeFeed, error: unknown): void {
    this.followsChangeStream = false;
    this.options.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'change stream failed; polling only until it reopens',
    );
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => this.openChangeStream(feed), this.options.changeStreamRetryMs ?? 30_000);
    this.retryTimer.unref();
  }

  /** Applies one change-stream event (insert, update, replace with the full document; delete). */
  applyChange(change: PlaceChange): void {
    const doc = change.fullDocument;
    if (doc) {
      this.apply(doc);
      if (doc.updatedAt > this.lastSeen) this.lastSeen = doc.updatedAt;
    } else if (change.operationType === 'delete' && change.documentKey) {
      this.index.remove(String(change.documentKey._id));
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stream?.close().catch(() => undefined);
    this.stream = undefined;
    this.followsChangeStream = false;
  }
}
