import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, type RefObject } from 'react';
import { progressPercent } from './import-mapping';
import { IMPORT_RUN_QUERY, type ImportRun } from './imports-operations';
import type { ImportsText } from './imports-text';
import { ProgressBar } from './ProgressBar';
import { RunResults } from './RunResults';

/** Step 5: the run's progress (polled until it ends), then its results; "import another file". */
export function RunStep({
  id,
  heading,
  runId,
  text,
  onFinished,
  onAnother,
}: {
  id: string;
  heading: RefObject<HTMLHeadingElement | null>;
  runId: string;
  text: ImportsText;
  onFinished(run: ImportRun): void;
  onAnother(): void;
}) {
  return (
    <section className="imports-step" aria-labelledby={`${id}-progress`}>
      <h2 id={`${id}-progress`} ref={heading} tabIndex={-1}>
        {text.progressStep}
      </h2>
      <RunProgress runId={runId} text={text} onFinished={onFinished} />
      <button type="button" className="button button-secondary" onClick={onAnother}>
        {text.another}
      </button>
    </section>
  );
}

function RunProgress({
  runId,
  text,
  onFinished,
}: {
  runId: string;
  text: ImportsText;
  onFinished(run: ImportRun): void;
}) {
  const { data, stopPolling } = useQuery(IMPORT_RUN_QUERY, {
    variables: { id: runId },
    pollInterval: 500,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const run = data?.importRun ?? null;
  const done = run !== null && run.status !== 'RUNNING';
  const reported = useRef(false);
  useEffect(() => {
    if (!done || reported.current) return;
    reported.current = true;
    stopPolling();
    onFinished(run);
  }, [done, run, stopPolling, onFinished]);
  const percent = progressPercent(run);
  return (
    <>
      <ProgressBar
        label={text.progressLabel}
        percent={percent}
        caption={run ? text.progressText(run.processed, run.total, percent) : text.percent(percent)}
      />
      {run && <p>{text.status[run.status]}</p>}
      {run?.error && (
        <p className="field-problem">
          {text.error} {run.error}
        </p>
      )}
      {done && run && <RunResults run={run} text={text} />}
    </>
  );
}
