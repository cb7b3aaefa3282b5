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
 * Active keys held in memory, so authenticating a request is a hash and a map lookup, never a
 * database read. Refreshed periodically (keys created or revoked by another process or instance)
 * and at once after a change made in this process.
 */
export class ApiKeyRegistry {
  private byHash = new Map<string, CachedKey>();
  private timer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;

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
      for (const doc of docs) {
        next.set(doc.hash, {
          keyId: doc._id.toString(),
          name: doc.name,
          origins: [...doc.origins],
          ratePerMinute: doc.ratePerMinute,
          territory: [...doc.territory],
          scopes: doc.scopes as ApiKeyScope[],
          hash: doc.hash,
        });
      }
      this.byHash = next;
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

  startRefreshing(): void {
    this.timer = setInterval(() => void this.load(), this.options.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
