import { useEffect, useRef } from 'react';
import type { SubmitState } from './useSubmitSuggestion';
import type { ReportText } from './report-text';

/** What went wrong with a submission, announced and focused so nobody misses it. */
export function SubmitFeedback({
  state,
  text,
  fieldLabel,
}: {
  state: SubmitState;
  text: ReportText;
  /** Names a field path of the API ("fields.address.postcode") in the person's words. */
  fieldLabel(field: string): string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle' && state.status !== 'sending') box.current?.focus();
  }, [state]);
  if (state.status === 'idle' || state.status === 'sending' || state.status === 'sent') return null;
  return (
    <div ref={box} tabIndex={-1} className="notice notice-error" role="alert">
      {state.status === 'problems' ? (
        <>
          <p>{text.problemsTitle}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>
                {fieldLabel(p.field)}
                {' — '}
                {text.problem(p.message)}
              </li>
            ))}
          </ul>
        </>
      ) : state.status === 'rate-limited' ? (
        <p>{text.rateLimited(state.retryAfterSeconds)}</p>
      ) : state.status === 'not-found' ? (
        <p>{text.notFound}</p>
      ) : (
        <p>{text.failed}</p>
      )}
    </div>
  );
}
