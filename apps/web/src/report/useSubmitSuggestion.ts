import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorCode, errorExtension } from '../graphql/errors';
import { SUBMIT_SUGGESTION_MUTATION, type FieldProblem, type SuggestionInput } from '../graphql/suggestion-operations';

export type SubmitState =
  | { status: 'idle' | 'sending' | 'sent' | 'not-found' | 'failed' }
  | { status: 'problems'; problems: FieldProblem[] }
  | { status: 'rate-limited'; retryAfterSeconds: number | null };

/** Sends a suggestion and tells apart what the person can fix, a rate limit, and a failure. */
export function useSubmitSuggestion() {
  const client = useApolloClient();
  const [state, setState] = useState<SubmitState>({ status: 'idle' });

  async function submit(input: SuggestionInput) {
    setState({ status: 'sending' });
    try {
      const { data } = await client.mutate({ mutation: SUBMIT_SUGGESTION_MUTATION, variables: { input } });
      const result = data?.submitSuggestion;
      if (result?.received) setState({ status: 'sent' });
      else setState({ status: 'problems', problems: result?.problems ?? [] });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'RATE_LIMITED')
        setState({
          status: 'rate-limited',
          retryAfterSeconds: errorExtension<number>(error, 'retryAfterSeconds') ?? null,
        });
      else if (code === 'NOT_FOUND') setState({ status: 'not-found' });
      else setState({ status: 'failed' });
    }
  }

  return { state, submit, reset: () => setState({ status: 'idle' }) };
}
