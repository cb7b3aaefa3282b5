/**
 * Server-side prerendering of the results page (built by `vite build --ssr` into dist/.ssr/prerender.js,
 * loaded by the API: services/api/src/modules/web/web-app.ts). The API answers `/recherche?…` with the
 * first page of results already in the HTML, so a phone paints the list before any JavaScript has
 * arrived; the browser app then renders over it from the same data (each query's result, sent along),
 * before Apollo Client has even loaded and without a network round trip (src/graphql/hooks.ts). Built
 * with Apollo's own hooks in place of that module's (vite.config.ts), for `prerenderStatic`.
 */
import { ApolloLink, type DocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { renderToString } from 'react-dom/server';
import { Observable } from 'rxjs';
import { App } from '../app/App';
import { matchPath, ServerLocation } from '../app/router';
import { createApolloClient } from '../graphql/apollo-client';
import type { PrerenderedResult } from '../graphql/hooks';
import { I18nProvider } from '../i18n/I18nContext';

/** Runs one GraphQL operation in the API process, as an anonymous resident's request would. */
export type ExecuteOperation = (
  query: DocumentNode,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[] }>;

export interface Prerendered {
  /** The markup of <App/>, for inside `<div id="root">`. */
  html: string;
  /** The results of the page's queries, for the browser's first render (main.tsx). */
  state: { results: PrerenderedResult[] };
  lang: 'fr' | 'en';
}

/** Pages prerendered: the results page only (the one residents land on from a shared link). */
export function prerenders(pathname: string): boolean {
  return matchPath('/recherche', pathname) !== null;
}

/** Renders the page at `url` (path and query string) with its data, or null for pages not prerendered. */
export async function prerender(url: string, execute: ExecuteOperation): Promise<Prerendered | null> {
  const { pathname, search } = new URL(url, 'http://localhost');
  if (!prerenders(pathname)) return null;
  const lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';
  let failed = false;
  const results: PrerenderedResult[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        execute(operation.query, operation.variables).then(
          (result) => {
            if (result.errors?.length) failed = true;
            else if (operation.operationName)
              results.push({ operation: operation.operationName, variables: operation.variables, data: result.data });
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error: unknown) => {
            failed = true;
            observer.error(error);
          },
        );
      }),
  );
  const client = createApolloClient({ link, ssrMode: true });
  const tree = (
    <ServerLocation.Provider value={{ pathname, search }}>
      <I18nProvider lang={lang}>
        <ApolloProvider client={client}>
          <App />
        </ApolloProvider>
      </I18nProvider>
    </ServerLocation.Provider>
  );
  // Free text is first resolved to sub-categories, then searched: at most a few passes.
  const { result, aborted } = await prerenderStatic({ tree, renderFunction: renderToString, maxRerenders: 5 });
  // An error or a part left to the browser (`<!--$!-->`: a Suspense boundary the server could not
  // finish): the plain page does better than a half-rendered one, the app will load it all.
  if (failed || aborted || result.includes('<!--$!-->')) return null;
  return { html: result, state: { results }, lang };
}
