import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';

/** The app's client; `link` and `ssrMode` are for prerendering on the server (src/ssr/prerender.tsx). */
export function createApolloClient({
  uri = '/graphql',
  link,
  ssrMode = false,
}: { uri?: string; link?: ApolloLink; ssrMode?: boolean } = {}): ApolloClient {
  return new ApolloClient({
    link: link ?? new HttpLink({ uri }),
    ssrMode,
    cache: new InMemoryCache({
      typePolicies: {
        // Value objects without ids: merge the fields that list and place queries select.
        Place: {
          fields: {
            address: { merge: true },
            contact: { merge: true },
            location: { merge: true },
          },
        },
        ActionInfo: { keyFields: ['id'] },
        PlaceKindInfo: { keyFields: ['id'] },
        MapFeature: { keyFields: false },
        PlaceConnection: { keyFields: false },
      },
    }),
  });
}
