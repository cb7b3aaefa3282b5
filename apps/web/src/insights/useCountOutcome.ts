import { useCallback } from 'react';
import { useMutate } from '../graphql/hooks';
import { COUNT_PLACE_OUTCOME_MUTATION, type PlaceOutcome } from './insight-operations';

/**
 * Adds one to a place's anonymous counter (opened, called, website, directions): fire and forget, a
 * failure never bothers the resident. The browser's DNT / GPC headers make the API count nothing.
 */
export function useCountOutcome(placeId: string | null | undefined) {
  const countOutcome = useMutate(COUNT_PLACE_OUTCOME_MUTATION);
  return useCallback(
    (outcome: PlaceOutcome) => {
      if (!placeId) return;
      countOutcome({ variables: { placeId, outcome } }).catch(() => undefined);
    },
    [countOutcome, placeId],
  );
}
