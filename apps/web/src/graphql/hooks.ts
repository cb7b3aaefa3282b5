/**
 * The resident pages' data hooks. The browser's first render must not wait for Apollo Client (≈ 50 KB
 * gzipped with rxjs and its helpers): until it has loaded, right after that render (main.tsx), these
 * hooks answer from the results the server prerendered the page with (src/ssr/prerender.tsx) and say
 * "loading" for anything else; once it is in the Apollo context, they watch its queries (cache,
 * network, pagination) without remounting anything. Pages that load on demand use Apollo's own hooks.
 * On the server (the prerendering bundle) these are Apollo's own hooks (./hooks.server.ts, see
 * vite.config.ts), whose queries `prerenderStatic` waits for.
 */
import type { ApolloClient, ObservableQuery, OperationVariables, TypedDocumentNode } from '@apollo/client';
// The context only (a few hundred bytes): the client itself is in the chunk main.tsx loads later.
import { getApolloContext } from '@apollo/client/react';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';

export interface QueryOptions<TVariables> {
  variables?: TVariables;
  skip?: boolean;
  notifyOnNetworkStatusChange?: boolean;
}

/** What the pages read of a query (a subset of Apollo's `useQuery` result, same meaning). */
export interface QueryState<TData, TVariables extends OperationVariables = OperationVariables> {
  data: TData | undefined;
  loading: boolean;
  error: Error | undefined;
  networkStatus: number;
  refetch(): Promise<unknown>;
  fetchMore(options: FetchMoreOptions<TData, TVariables>): Promise<unknown>;
}

type FetchMoreOptions<TData, TVariables extends OperationVariables> = Pick<
  ObservableQuery.FetchMoreOptions<TData, TVariables, TData, TVariables>,
  'variables' | 'updateQuery'
>;

/** One query's result as the prerendering server got it (the JSON of `#reemploi-state`). */
export interface PrerenderedResult {
  operation: string;
  variables: Record<string, unknown>;
  data: unknown;
}

// Apollo's NetworkStatus values for the two states the pages tell apart.
const LOADING_STATUS = 1;
const READY_STATUS = 7;

type Snapshot<TData> = Pick<QueryState<TData>, 'data' | 'loading' | 'error' | 'networkStatus'>;

interface Watch<TData, TVariables extends OperationVariables> {
  subscribe(onChange: () => void): () => void;
  current(): Snapshot<TData>;
  refetch(): Promise<unknown>;
  fetchMore(options: FetchMoreOptions<TData, TVariables>): Promise<unknown>;
}

const prerendered = new Map<string, unknown>();
/** The documents the first render asked for, by operation name: the results are put in Apollo's cache with them. */
const documents = new Map<string, TypedDocumentNode<unknown, OperationVariables>>();
let provide: (client: ApolloClient) => void;
const loadedClient = new Promise<ApolloClient>((resolve) => (provide = resolve));

/** The prerendered results (main.tsx, before the first render). */
export function setPrerenderedResults(results: readonly PrerenderedResult[]) {
  for (const result of results) prerendered.set(resultKey(result.operation, result.variables), result.data);
}

/**
 * Puts the prerendered results the first render used into the new client's cache, so that its queries
 * answer them at once (no round trip, no flash of a loading state), and lets waiting mutations go.
 */
export function handOverTo(client: ApolloClient) {
  for (const [name, query] of documents) {
    for (const [key, data] of prerendered) {
      if (!key.startsWith(`${name}|`)) continue;
      const variables = JSON.parse(key.slice(name.length + 1)) as OperationVariables;
      try {
        client.writeQuery({ query, variables, data });
      } catch {
        // A result the cache cannot take is simply asked again.
      }
    }
  }
  prerendered.clear();
  provide(client);
}

/** Whether Apollo Client is there (pages that use Apollo's own hooks render only then). */
export function useApolloLoaded(): boolean {
  return Boolean(useContext(getApolloContext()).client);
}

export function useQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: QueryOptions<NoInfer<TVariables>> = {},
): QueryState<TData, TVariables> {
  const { client } = useContext(getApolloContext());
  const key = canonicalJson([options.variables, options.skip, options.notifyOnNetworkStatusChange]);
  const watch = useMemo(
    () => (client ? watchApollo(client, query, options) : watchPrerendered(query, options)),
    // `options` is compared by value (`key`): callers build it afresh at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, query, key],
  );
  const snapshot = useSyncExternalStore(watch.subscribe, watch.current, watch.current);
  return useMemo(() => ({ ...snapshot, refetch: watch.refetch, fetchMore: watch.fetchMore }), [snapshot, watch]);
}

/** A mutation function; before Apollo Client has loaded, the call waits for it. */
export function useMutate<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
): (options: { variables: TVariables }) => Promise<unknown> {
  const { client } = useContext(getApolloContext());
  return useCallback(
    async ({ variables }) => (client ?? (await loadedClient)).mutate({ mutation, variables }),
    [client, mutation],
  );
}

const SKIPPED: Snapshot<never> = { data: undefined, loading: false, error: undefined, networkStatus: READY_STATUS };
const LOADING: Snapshot<never> = { data: undefined, loading: true, error: undefined, networkStatus: LOADING_STATUS };
const noSubscription = () => () => undefined;

function skipped<TData, TVariables extends OperationVariables>(): Watch<TData, TVariables> {
  return {
    subscribe: noSubscription,
    current: () => SKIPPED,
    refetch: async () => undefined,
    fetchMore: async () => undefined,
  };
}

/** Before Apollo Client: the server's result for exactly this query, else loading until the client takes over. */
function watchPrerendered<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  { variables, skip }: QueryOptions<TVariables>,
): Watch<TData, TVariables> {
  if (skip) return skipped();
  const name = operationName(query);
  documents.set(name, query as TypedDocumentNode<unknown, OperationVariables>);
  const key = resultKey(name, variables);
  const snapshot: Snapshot<TData> = prerendered.has(key)
    ? { data: prerendered.get(key) as TData, loading: false, error: undefined, networkStatus: READY_STATUS }
    : LOADING;
  return {
    subscribe: noSubscription,
    current: () => snapshot,
    // Asked before the client is there (a retry, « Voir plus »): done through it once loaded.
    refetch: async () =>
      (await loadedClient).query({ query, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<
        TData,
        TVariables
      >),
    fetchMore: async ({ variables: more, updateQuery }) => {
      const client = await loadedClient;
      const next = await client.query({
        query,
        variables: { ...variables, ...more } as TVariables,
        fetchPolicy: 'no-cache',
      } as ApolloClient.QueryOptions<TData, TVariables>);
      if (!next.data || !updateQuery) return next;
      const fetchMoreResult = next.data;
      client.cache.updateQuery({ query, variables }, (previous) =>
        previous
          ? updateQuery(previous, { fetchMoreResult, variables: { ...variables, ...more } as TVariables })
          : previous,
      );
      return next;
    },
  };
}

function watchApollo<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  { variables, skip, notifyOnNetworkStatusChange }: QueryOptions<TVariables>,
): Watch<TData, TVariables> {
  if (skip) return skipped();
  const observable = client.watchQuery<TData, TVariables>({
    query,
    variables: variables as TVariables,
    notifyOnNetworkStatusChange,
  } as ApolloClient.WatchQueryOptions<TData, TVariables>);
  let snapshot = toSnapshot(observable.getCurrentResult());
  return {
    subscribe(onChange) {
      const subscription = observable.subscribe((result) => {
        const next = toSnapshot(result);
        if (sameSnapshot(next, snapshot)) return;
        snapshot = next;
        onChange();
      });
      return () => subscription.unsubscribe();
    },
    current: () => snapshot,
    refetch: () => observable.refetch(),
    fetchMore: (options) => observable.fetchMore(options),
  };
}

function toSnapshot<TData>(result: ObservableQuery.Result<TData>): Snapshot<TData> {
  return {
    data: result.data as TData | undefined,
    loading: result.loading,
    error: result.error,
    networkStatus: result.networkStatus,
  };
}

const sameSnapshot = <TData>(a: Snapshot<TData>, b: Snapshot<TData>) =>
  a.data === b.data && a.loading === b.loading && a.error === b.error && a.networkStatus === b.networkStatus;

function operationName(query: TypedDocumentNode<unknown, never>): string {
  for (const definition of query.definitions)
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  return '';
}

/** The operation and its variables, as the same text on the server and in the browser. */
export function resultKey(operation: string, variables: unknown): string {
  return `${operation}|${canonicalJson(variables ?? {})}`;
}

/** JSON with object keys sorted and undefined values left out, so that equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
