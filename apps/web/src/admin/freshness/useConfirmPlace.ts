import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useErrorText } from '../useErrorText';
import { CONFIRM_PLACE_MUTATION } from './freshness-operations';

/**
 * « Toujours exact » for one place: `confirm()` sends confirmPlace, then `onConfirmed` (a refetch); `busy`
 * while it runs, `problem` the error in words when it fails.
 */
export function useConfirmPlace(id: string, onConfirmed: () => Promise<void>) {
  const client = useApolloClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: CONFIRM_PLACE_MUTATION, variables: { id } });
      await onConfirmed();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, confirm };
}
