import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Counter } from 'prom-client';
import type { Context } from '../context';
import { metrics, registry } from '../observability/metrics';
import { operationLabel } from '../observability/graphql-metrics.plugin';
import { viewerOf } from '../viewer';

/**
 * Root fields whose answer depends only on the document, the variables, the caller's territory, the
 * directory index's content and the current minute (openNow / nextChangeAt): never on who is asking.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'places',
  'place',
  'mapFeatures',
  'events',
  'event',
  'resolveObject',
  'categories',
  'actions',
  'placeKinds',
  'labels',
  'subcategory',
  'apiInfo',
  '__typename',
]);

const cacheResults = new Counter({
  name: 'reemploi_graphql_response_cache_total',
  help: 'GraphQL requests by response-cache outcome: hit, miss (executed, maybe stored) or bypass (not cacheable).',
  labelNames: ['result'],
  registers: [registry],
});

interface Entry {
  body: string;
  headers: [string, string][];
  label: string;
  bytes: number;
  /** Run again for each request answered from this entry (anonymous demand counters, modules/insights). */
  replays?: readonly ((req: Request) => void)[];
}

/** Keys remembered as seen once before their answer is worth keeping (see ResponseCache.set). */
const DOORKEEPER_KEYS = 20_000;

/**
 * A least-recently-used map of serialized responses, bounded by total size (bytes of body + key).
 * An answer is kept the second time its key is stored, not the first: a key seen once is only noted
 * (a bounded set, forgotten in one go when full). Most map moves and searches never repeat; keeping
 * each of their answers would churn the cache's megabytes through the garbage collector and evict the
 * views that do repeat.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly seenOnce = new Set<string>();
  private used = 0;

  constructor(
    readonly maxBytes: number,
    /** Larger answers are not kept (a few huge map views must not evict everything else). */
    readonly maxEntryBytes = Math.max(1, Math.floor(maxBytes / 8)),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, value: Omit<Entry, 'bytes'>): void {
    const bytes =
      Buffer.byteLength(value.body) + key.length + value.headers.reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (bytes > this.maxEntryBytes) return;
    if (!this.entries.has(key) && !this.seenOnce.delete(key)) {
      if (this.seenOnce.size >= DOORKEEPER_KEYS) this.seenOnce.clear();
      this.seenOnce.add(key);
      return;
    }
    this.delete(key);
    this.entries.set(key, { ...value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.used -= entry.bytes;
    }
  }
}

/** What the Express layer hands the Apollo plugin for a request it may store (see Context.responseCache). */
export interface ResponseCacheTicket {
  readonly minute: number;
  /** Set by the plugin when the operation is cacheable; read when the body is sent. */
  cacheable: boolean;
  label: string;
  headers: Iterable<[string, string]> | null;
  /** Side effects of executing the request that an answer from the cache must repeat (see Entry.replays). */
  replays?: ((req: Request) => void)[];
}

const MINUTE = 60_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** Hashes of the query texts seen lately: clients send the same few documents again and again. */
const QUERY_HASHES = 1_000;
const queryHashes = new Map<string, string>();
function queryHash(query: string): string {
  let hash = queryHashes.get(query);
  if (hash === undefined) {
    if (queryHashes.size >= QUERY_HASHES) queryHashes.clear();
    hash = sha256(query);
    queryHashes.set(query, hash);
  }
  return hash;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` share an entry. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** The API key of a request, as the partners' access chain leaves it in res.locals (its scope is all the cache needs). */
type CallerKey = { scopes: readonly string[]; territory: readonly string[] };
const keyOf = (res: Response) => (res.locals.partner as CallerKey | undefined) ?? null;

/** Who the answer is for: anonymous, a key without territory, or a key's territory; null: never cached. */
function scopeOf(partner: CallerKey | null): string | null {
  if (!partner) return 'anonymous';
  if (partner.scopes.includes('ADMIN')) return null;
  return partner.territory.length ? `key:${[...partner.territory].sort().join('|')}` : 'key';
}

/** The cache key of a GraphQL GET or POST request, or null when it must not be answered from the cache. */
export function responseCacheKey(req: Request, res: Response, generation: number, minute: number): string | null {
  if (req.method !== 'GET' && req.method !== 'POST') return null;
  if (viewerOf(res).kind !== 'anonymous') return null; // staff (session or admin token)
  const scope = scopeOf(keyOf(res));
  if (scope === null) return null;
  const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return null;
  // Anything unusual (wrong types, a batch) is left to Apollo, which answers the error.
  const { query, operationName, extensions } = params;
  if (query !== undefined && typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  try {
    const variables = parsed(params.variables) ?? {};
    if (typeof variables !== 'object' || Array.isArray(variables)) return null;
    if (extensions != null && (typeof parsed(extensions) !== 'object' || Array.isArray(parsed(extensions))))
      return null;
    let document: string;
    if (typeof params.query === 'string') {
      // A query sent with extensions (an APQ registration) must reach Apollo, which records the hash.
      if (params.extensions !== undefined) return null;
      document = `q:${queryHash(params.query)}`;
    } else {
      const hash = (parsed(params.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
        ?.persistedQuery?.sha256Hash;
      if (typeof hash !== 'string') return null;
      document = `apq:${hash}`;
    }
    // Apollo picks the response's content type from Accept: answers are kept per Accept header.
    const accept = req.headers.accept ?? '';
    return `${req.method} ${scope} ${generation} ${minute}\n${accept}\n${document}\n${operationName ?? ''}\n${canonical(variables)}`;
  } catch {
    return null; // malformed JSON in the URL: Apollo answers the error
  }
}

/**
 * Answers repeated public reads from memory, after the rate limiter and authentication (a hit is still
 * limited, logged and counted) and before Apollo. A miss is executed by Apollo; its serialized body and
 * GraphQL headers are kept when responseCachePlugin finds the operation cacheable. Keys include the
 * index generation (any write invalidates) and the minute (openNow / nextChangeAt); Express then adds
 * the ETag and answers If-None-Match exactly as for an executed request.
 */
export function responseCacheLayer(
  cache: ResponseCache,
  directory: { index: { generation: number } },
  clock: () => number = () => Date.now(),
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const minute = Math.floor(clock() / MINUTE);
    const generation = directory.index.generation;
    const key = responseCacheKey(req, res, generation, minute);
    if (key === null) {
      cacheResults.inc({ result: 'bypass' });
      return next();
    }
    const hit = cache.get(key);
    if (hit) {
      cacheResults.inc({ result: 'hit' });
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      for (const replay of hit.replays ?? []) replay(req);
      res.status(200).send(hit.body);
      metrics.graphqlOperations.inc({ operation: hit.label, type: 'query', outcome: 'ok' });
      metrics.graphqlDuration.observe(
        { operation: hit.label, type: 'query' },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      return;
    }
    cacheResults.inc({ result: 'miss' });
    const ticket: ResponseCacheTicket = { minute, cacheable: false, label: 'anonymous', headers: null };
    res.locals.responseCache = ticket;
    const send = res.send;
    res.send = function sendAndKeep(this: Response, body?: unknown) {
      res.send = send;
      if (
        ticket.cacheable &&
        ticket.headers &&
        res.statusCode === 200 &&
        typeof body === 'string' &&
        directory.index.generation === generation
      ) {
        cache.set(key, { body, headers: [...ticket.headers], label: ticket.label, replays: ticket.replays });
      }
      return send.call(this, body);
    } as Response['send'];
    next();
  };
}

/** The ticket responseCacheLayer left for this request (undefined: not a cache candidate). */
export const responseCacheTicketOf = (res: Response): ResponseCacheTicket | undefined =>
  res.locals.responseCache as ResponseCacheTicket | undefined;

export function onlyPublicRootFields(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

/**
 * Marks a request's answer as storable: a query whose root fields are all on the allow-list, answered
 * without errors, for an anonymous viewer and a non-ADMIN key, computed within the ticket's minute.
 * Register it after the plugins that set response headers: it keeps Apollo's final header map.
 */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const ticket = contextValue.responseCache;
      if (!ticket) return;
      return {
        async willSendResponse({ operation, operationName, response, contextValue: ctx }) {
          const body = response.body;
          if (
            !operation ||
            body.kind !== 'single' ||
            (body.singleResult.errors?.length ?? 0) > 0 ||
            (response.http.status ?? 200) !== 200 ||
            ctx.viewer.kind !== 'anonymous' ||
            (ctx.partner?.scopes.includes('ADMIN') ?? false) ||
            Math.floor(ctx.now.getTime() / MINUTE) !== ticket.minute ||
            !onlyPublicRootFields(operation)
          ) {
            return;
          }
          ticket.label = operationLabel(operation.name?.value ?? operationName);
          ticket.headers = response.http.headers; // final once every plugin has run; read at send time
          ticket.cacheable = true;
        },
      };
    },
  };
}
