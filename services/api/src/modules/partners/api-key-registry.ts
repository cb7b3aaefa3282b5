import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Logger } from '../../shared/logger';
import { ApiKeyModel, type ApiKeyScope } from './api-key.model';
import { hashSecret, looksLikeSecret, sameHash } from './api-key-secret';

/** What a request made with a valid key may do; carried in the GraphQL context as `partner`. */
export interface PartnerAccess {
  keyId: string;
  name: string;
  origins: string[];
  ratePerMinute: number;
  territory: string[];
  scopes: ApiKeyScope[];
}

interface CachedKey extends PartnerAccess {
  hash: string;
}

/**
 * Database look-ups of keys missing from memory, per instance: at most LOOKUPS per LOOKUP_WINDOW_SECONDS.
 * Random keys from an attacker cost at most that many indexed reads; a real key refused meanwhile
 * works after the next refresh.
 */
const LOOKUPS = 20;
const LOOKUP_WINDOW_SECONDS = 4;
/** Unknown keys remembered (by hash) until the next refresh, so repeating one never reaches the database. */
const MAX_REMEMBERED_MISSES = 10_000;

type StoredKey = {
  _id: { toString(): string };
  name: string;
  origins: string[];
  ratePerMinute: number;
  territory: string[];
  scopes: string[];
  hash: string;
};

const cached = (doc: StoredKey): CachedKey => ({
  keyId: doc._id.toString(),
  name: doc.name,
  origins: [...doc.origins],
  ratePerMinute: doc.ratePerMinute,
  territory: [...doc.territory],
  scopes: doc.scopes as ApiKeyScope[],
  hash: doc.hash,
});

/**
 * Active keys held in memory, so authenticating a known key is a hash and a map lookup, never a
 * database read. Refreshed periodically (keys revoked by another process or instance) and at once
 * after a change made in this process. A key missing from memory is looked up once in the database
 * (lookUp), so a key just created by the CLI or another instance works on its first request.
 */
export class ApiKeyRegistry {
  private byHash = new Map<string, CachedKey>();
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  /** Hashes looked up and not found since the last refresh (insertion order: oldest first). */
  private misses = new Set<string>();
  private lookingUp = new Map<string, Promise<PartnerAccess | null>>();
  private readonly lookupBudget = new RateLimiterMemory({ points: LOOKUPS, duration: LOOKUP_WINDOW_SECONDS });

  constructor(private readonly options: { refreshMs: number; logger: Logger }) {}

  get size(): number {
    return this.byHash.size;
  }

  /** (Re)loads every non-revoked key; on a database error the previous set is kept. */
  load(): Promise<void> {
    this.loading ??= this.pull().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async pull(): Promise<void> {
    try {
      const docs = await ApiKeyModel.find({ revokedAt: null }).lean();
      const next = new Map<string, CachedKey>();
      for (const doc of docs) next.set(doc.hash, cached(doc));
      this.byHash = next;
      this.misses.clear();
    } catch (error) {
      this.options.logger.warn(
        { err: (error as Error).message },
        'API keys could not be refreshed; keeping the cached set',
      );
    }
  }

  /** The access granted by a presented key, or null when it is malformed, unknown or revoked. */
  authenticate(presented: string): PartnerAccess | null {
    if (!looksLikeSecret(presented)) return null;
    const hash = hashSecret(presented);
    const key = this.byHash.get(hash);
    // The map is keyed by the digest, not the secret; the final check is constant-time anyway.
    if (!key || !sameHash(key.hash, hash)) return null;
    const { hash: _hash, ...access } = key;
    return access;
  }

  /**
   * authenticate(), and for a well-formed key missing from memory one database read (coalesced per
   * key, within the look-up budget; a key found missing is not read again until the next refresh).
   */
  async lookUp(presented: string): Promise<PartnerAccess | null> {
    const known = this.authenticate(presented);
    if (known || !looksLikeSecret(presented)) return known;
    const hash = hashSecret(presented);
    if (this.misses.has(hash)) return null;
    let pending = this.lookingUp.get(hash);
    if (!pending) {
      pending = this.read(hash).finally(() => this.lookingUp.delete(hash));
      this.lookingUp.set(hash, pending);
    }
    return pending;
  }

  private async read(hash: string): Promise<PartnerAccess | null> {
    const allowed = await this.lookupBudget.consume('lookups').then(
      () => true,
      () => false,
    );
    if (!allowed) return null;
    try {
      const doc = await ApiKeyModel.findOne({ hash, revokedAt: null }).lean();
      if (!doc) {
        if (this.misses.size >= MAX_REMEMBERED_MISSES) this.misses.delete(this.misses.values().next().value!);
        this.misses.add(hash);
        return null;
      }
      const key = cached(doc);
      this.byHash.set(hash, key);
      const { hash: _hash, ...access } = key;
      return access;
    } catch (error) {
      this.options.logger.warn({ err: (error as Error).message }, 'API key look-up failed');
      return null;
    }
  }

  startRefreshing(): void {
    this.timer = setInterval(() => void this.load(), this.options.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
