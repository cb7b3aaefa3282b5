import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Cache headers for GraphQL responses. Successful GET queries are cacheable (public when anonymous,
 * private with a key, so a CDN never mixes partners); everything else is `no-store`. Express adds a
 * weak ETag to every body and answers If-None-Match with 304.
 */
export function httpCachePlugin(options: { maxAgeSeconds: number }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue }) {
          const headers = response.http.headers;
          const body = response.body;
          const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
          // Staff (session or admin token) and ADMIN keys see non-public data: never cached.
          const admin =
            (contextValue.partner?.scopes.includes('ADMIN') ?? false) ||
            (contextValue.viewer !== undefined && contextValue.viewer.kind !== 'anonymous');
          const cacheable = request.http?.method === 'GET' && operation?.operation === 'query' && !failed && !admin;
          if (!cacheable) {
            headers.set('cache-control', 'no-store');
            return;
          }
          const age = options.maxAgeSeconds;
          const scope = contextValue.partner ? 'private' : 'public';
          headers.set('cache-control', `${scope}, max-age=${age}, stale-while-revalidate=${age}`);
          headers.set(
            'vary',
            contextValue.partner ? 'Accept, Accept-Encoding, Origin, X-Api-Key' : 'Accept, Accept-Encoding, X-Api-Key',
          );
        },
      };
    },
  };
}
