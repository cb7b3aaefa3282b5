import { useState } from 'react';
import { errorCode, errorExtension, errorMessage } from '../../graphql/errors';
import type { AccountsText } from './accounts-text';
import type { FeedbackMessage } from './Feedback';

/**
 * How the password forms (open to anyone) word a failure: when to try again if rate limited, otherwise
 * that the server does not answer, never the server's own message.
 */
export function passwordFailure(error: unknown, text: AccountsText): string {
  return errorCode(error) === 'RATE_LIMITED'
    ? text.rateLimited(errorExtension<number>(error, 'retryAfterSeconds') ?? null)
    : text.unavailable;
}

/**
 * What an account form keeps while it calls the API: busy meanwhile, the problems by field, the feedback
 * above the fields. `describeFailure` words an error (by default, the server's message).
 */
export function useAccountForm(
  text: AccountsText,
  describeFailure: (error: unknown, text: AccountsText) => string = errorMessage,
) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  /** Runs a mutation: busy meanwhile, the last feedback and problems cleared, a failure shown as feedback. */
  async function run(mutation: () => Promise<void>, { keepProblems = false } = {}) {
    setBusy(true);
    if (!keepProblems) setProblems({});
    setFeedback(null);
    try {
      await mutation();
    } catch (error) {
      setFeedback({ kind: 'error', text: describeFailure(error, text) });
    } finally {
      setBusy(false);
    }
  }

  /** Problems to fix, each next to its field, and "check the fields" above them. */
  function reject(byField: Record<string, string>) {
    setProblems(byField);
    setFeedback({ kind: 'error', text: text.checkFields });
  }

  const succeed = (message: string) => setFeedback({ kind: 'success', text: message });

  return { busy, problems, feedback, run, reject, succeed };
}
