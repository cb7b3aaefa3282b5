import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
