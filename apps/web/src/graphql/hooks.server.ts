/**
 * The server bundle's version of ./hooks.ts (swapped in by vite.config.ts for `vite build --ssr`):
 * Apollo's own hooks, whose queries `prerenderStatic` finds and waits for (src/ssr/prerender.tsx).
 */
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { getApolloContext, useApolloClient, useQuery as useApolloQuery } from '@apollo/client/react';
import { useCallback, useContext } from 'react';
import type * as BrowserHooks from './hooks';
import type { QueryOptions, QueryState } from './hooks';

export function useQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: QueryOptions<NoInfer<TVariables>> = {},
): QueryState<TData, TVariables> {
  return useApolloQuery(query, options as useApolloQuery.Options<TData, TVariables>) as QueryState<TData, TVariables>;
}

export function useMutate<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
): (options: { variables: TVariables }) => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(({ variables }) => client.mutate({ mutation, variables }), [client, mutation]);
}

export function useApolloLoaded(): boolean {
  return Boolean(useContext(getApolloContext()).client);
}

// The same signatures as the browser's hooks.
({ useQuery, useMutate, useApolloLoaded }) satisfies Pick<
  typeof BrowserHooks,
  'useQuery' | 'useMutate' | 'useApolloLoaded'
>;
