import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { COUNT_PLACE_OUTCOME_MUTATION, type PlaceOutcome } from './insight-operations';

/**
 * Adds one to a place's anonymous counter (opened, called, website, directions): fire and forget, a
 * failure never bothers the resident. The browser's DNT / GPC headers make the API count nothing.
 */
export function useCountOutcome(placeId: string | null | undefined) {
  const client = useApolloClient();
  return useCallback(
    (outcome: PlaceOutcome) => {
      if (!placeId) return;
      void client
        .mutate({ mutation: COUNT_PLACE_OUTCOME_MUTATION, variables: { placeId, outcome } })
        .catch(() => undefined);
    },
    [client, placeId],
  );
}
