import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useTaxonomy } from '../../app/useTaxonomy';
import { TextField } from '../../forms/TextField';
import { errorMessage } from '../../graphql/errors';
import { ACTIONS, PLACE_KINDS } from '../../search/search-state';
import {
  initialChoice,
  initialDefaults,
  mappingInput,
  mappingProblems,
  progressPercent,
  type MappingChoice,
} from './import-mapping';
import {
  IMPORT_PREVIEW_QUERY,
  IMPORT_RUN_QUERY,
  IMPORT_SOURCES_QUERY,
  IMPORT_UPLOAD_MUTATION,
  UploadError,
  uploadFile,
  type ImportPreview,
  type ImportRun,
} from './imports-operations';
import { useImportsText, type ImportsText } from './imports-text';
import { MappingForm } from './MappingForm';
import './imports.css';

/** `/admin/imports`: upload a CSV/GeoJSON, check its preview and column mapping, run it, follow it. */
export function ImportsPage() {
  const text = useImportsText();
  usePageTitle(text.title);
  const client = useApolloClient();
  // The taxonomy query the back-office already runs (cached): kinds and actions with their labels.
  const taxonomy = useTaxonomy();
  const kinds = taxonomy.data?.placeKinds ?? PLACE_KINDS.map((id) => ({ id, label: taxonomy.kindLabel(id) }));
  const actions = taxonomy.data?.actions ?? ACTIONS.map((id) => ({ id, label: taxonomy.actionLabel(id) }));
  const sources = useQuery(IMPORT_SOURCES_QUERY, { fetchPolicy: 'network-only' });
  const fileSources = (sources.data?.sources ?? []).filter((s) => s.format === 'CSV' || s.format === 'GEOJSON');
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [sourceId, setSourceId] = useState('');
  const [name, setName] = useState('');
  const [licence, setLicence] = useState('');
  const [priority, setPriority] = useState('70');
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  const [defaults, setDefaults] = useState(initialDefaults);
  const [tried, setTried] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { source: useId() };
  const mappingId = `${ids.source}-mapping`;

  useEffect(() => {
    if (fileSources.length > 0 && mode === 'new' && !name && !sourceId) setMode('existing');
    // Only when the list arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sources.data]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setAlert(null);
    setPreview(null);
    setChoice(null);
    setRunId(null);
    setTried(false);
    setUploadPercent(0);
    setStatus(text.uploading(0));
    try {
      const uploaded = await uploadFile(file, (fraction) => {
        const percent = Math.round(fraction * 100);
        setUploadPercent(percent);
        if (percent === 100 || percent % 25 === 0) setStatus(text.uploading(percent));
      });
      const { data } = await client.query({
        query: IMPORT_PREVIEW_QUERY,
        variables: { uploadId: uploaded.id },
        fetchPolicy: 'network-only',
      });
      const next = data!.importPreview;
      setPreview(next);
      setChoice(initialChoice(next.columns, next.suggestedMapping));
      setStatus(text.uploaded(uploaded.filename));
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      setUploadPercent(null);
      setStatus('');
      const message =
        error instanceof UploadError ? (text.uploadErrors[error.code] ?? error.message) : errorMessage(error);
      setAlert(text.uploadFailed(message));
    }
  }

  const problems = choice ? mappingProblems(choice) : [];
  const sourceMissing = mode === 'existing' ? !sourceId : !name.trim();

  async function run() {
    setTried(true);
    setAlert(null);
    if (!preview || !choice) return;
    if (problems.length > 0 || sourceMissing) {
      setAlert(sourceMissing ? text.chooseSource : text.problems.required(text.fields.name));
      if (problems.length > 0) document.getElementById(mappingId)?.focus();
      return;
    }
    setStarting(true);
    try {
      const { data } = await client.mutate({
        mutation: IMPORT_UPLOAD_MUTATION,
        variables: {
          input: {
            uploadId: preview.upload.id,
            ...(mode === 'existing'
              ? { sourceId }
              : {
                  newSource: {
                    name: name.trim(),
                    licence: licence.trim() || null,
                    priority: Number.isFinite(Number(priority)) && priority !== '' ? Number(priority) : null,
                  },
                }),
            mapping: mappingInput(choice, defaults),
          },
        },
      });
      const payload = data!.importUpload;
      if (payload.run) {
        setRunId(payload.run.id);
        setStatus(text.status.RUNNING);
        requestAnimationFrame(() => progressHeading.current?.focus());
        void sources.refetch();
      } else setAlert(payload.problems.map((p) => p.message).join(' '));
    } catch (error) {
      setAlert(`${text.error} ${errorMessage(error)}`);
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className="admin-imports">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <p role="status" className="imports-status">
        {status}
      </p>
      {alert && (
        <p role="alert" className="field-problem">
          {alert}
        </p>
      )}

      <fieldset className="imports-step" disabled={runId !== null}>
        <legend>{text.sourceStep}</legend>
        <div className="imports-choice">
          <label>
            <input
              type="radio"
              name="source-mode"
              checked={mode === 'existing'}
              onChange={() => setMode('existing')}
              disabled={fileSources.length === 0}
            />{' '}
            {text.sourceExisting}
          </label>
          <label>
            <input type="radio" name="source-mode" checked={mode === 'new'} onChange={() => setMode('new')} />{' '}
            {text.sourceNew}
          </label>
        </div>
        {mode === 'existing' ? (
          <div className="field">
            <label htmlFor={ids.source} className="field-label">
              {text.sourceSelect}
            </label>
            <select
              id={ids.source}
              className="input"
              value={sourceId}
              onChange={(e) => setSourceId(e.target.value)}
              aria-invalid={tried && !sourceId ? true : undefined}
            >
              <option value="">{text.sourceNone}</option>
              {fileSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.format})
                </option>
              ))}
            </select>
          </div>
        ) : (
          <>
            {fileSources.length === 0 && sources.data && <p className="field-hint">{text.noSources}</p>}
            <TextField
              label={text.sourceName}
              hint={text.sourceNameHint}
              value={name}
              onChange={setName}
              problem={tried && !name.trim() ? text.chooseSource : null}
              maxLength={200}
            />
            <TextField label={text.licence} hint={text.licenceHint} value={licence} onChange={setLicence} />
            <TextField
              label={text.priority}
              hint={text.priorityHint}
              value={priority}
              onChange={setPriority}
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
            />
          </>
        )}
      </fieldset>

      <fieldset className="imports-step" disabled={runId !== null}>
        <legend>{text.fileStep}</legend>
        <div className="field">
          <label htmlFor={`${ids.source}-file`} className="field-label">
            {text.file}
          </label>
          <p id={`${ids.source}-file-hint`} className="field-hint">
            {text.fileHint}
          </p>
          <input
            ref={fileInput}
            id={`${ids.source}-file`}
            type="file"
            accept=".csv,.txt,.tsv,.geojson,.json,text/csv,application/geo+json,application/json"
            aria-describedby={`${ids.source}-file-hint`}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        {uploadPercent !== null && (
          <ProgressBar label={text.uploadProgress} percent={uploadPercent} caption={`${uploadPercent} %`} />
        )}
      </fieldset>

      {preview && choice && (
        <>
          <section className="imports-step" aria-labelledby={`${ids.source}-preview`}>
            <h2 id={`${ids.source}-preview`} ref={previewHeading} tabIndex={-1}>
              {text.previewStep}
            </h2>
            <p>{text.previewFacts(preview.encoding, preview.separator, preview.columns.length)}</p>
            <PreviewTable preview={preview} text={text} />
          </section>
          <fieldset className="imports-step" disabled={runId !== null} id={mappingId} tabIndex={-1}>
            <legend>{text.mappingStep}</legend>
            <p className="field-hint">{text.mappingHint}</p>
            <MappingForm
              columns={preview.columns}
              choice={choice}
              problems={tried ? problems : []}
              text={text}
              onChange={setChoice}
              defaults={defaults}
              kinds={kinds}
              actions={actions}
              onDefaultsChange={setDefaults}
            />
            <button type="button" className="button button-primary" onClick={() => void run()} disabled={starting}>
              {starting ? text.starting : text.run}
            </button>
          </fieldset>
        </>
      )}

      {runId && (
        <section className="imports-step" aria-labelledby={`${ids.source}-progress`}>
          <h2 id={`${ids.source}-progress`} ref={progressHeading} tabIndex={-1}>
            {text.progressStep}
          </h2>
          <RunProgress
            runId={runId}
            text={text}
            onFinished={(r) =>
              setStatus(r.status === 'SUCCEEDED' ? text.finished(r.created, r.rejected) : text.status[r.status])
            }
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setRunId(null);
              setPreview(null);
              setChoice(null);
              setUploadPercent(null);
              setStatus('');
              if (fileInput.current) fileInput.current.value = '';
              requestAnimationFrame(() => fileInput.current?.focus());
            }}
          >
            {text.another}
          </button>
        </section>
      )}
    </div>
  );
}

function ProgressBar({ label, percent, caption }: { label: string; percent: number; caption: string }) {
  return (
    <div className="imports-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={caption}
        className="imports-progress-track"
      >
        <div className="imports-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="imports-progress-caption">{caption}</p>
    </div>
  );
}

function PreviewTable({ preview, text }: { preview: ImportPreview; text: ImportsText }) {
  return (
    <div
      className="imports-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={text.previewCaption(preview.rows.length)}
    >
      <table className="admin-table">
        <caption className="visually-hidden">{text.previewCaption(preview.rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.line}</th>
            {preview.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              {row.error ? (
                <td colSpan={preview.columns.length}>{text.rowError(row.error)}</td>
              ) : (
                row.cells.map((cell, i) => <td key={i}>{cell}</td>)
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
      {done && run && (
        <>
          <dl className="imports-counts">
            {(['created', 'updated', 'unchanged', 'rejected', 'warned', 'closed', 'queuedForReview'] as const).map(
              (k) => (
                <div key={k}>
                  <dt>{text.counts[k]}</dt>
                  <dd>{run[k]}</dd>
                </div>
              ),
            )}
          </dl>
          <h3>{text.rejectionsTitle}</h3>
          {run.rejections.length === 0 ? (
            <p>{text.noRejections}</p>
          ) : (
            <ProblemsTable
              caption={text.rejectionsCaption}
              headers={[text.line, text.externalId, text.reason, text.detail]}
              // The detail is the API's English wording, naming the value.
              detailLang="en"
              rows={run.rejections.map((r) => ({
                ...r,
                problem: codeLabel(text.rejectionCodes, r.code),
                detail: r.reason,
              }))}
            />
          )}
          {run.warnings.length > 0 && (
            <>
              <h3>{text.warningsTitle}</h3>
              <p>{text.warningsHint}</p>
              <ProblemsTable
                caption={text.warningsCaption}
                headers={[text.line, text.externalId, text.problem, text.value]}
                rows={run.warnings.map((w) => ({
                  ...w,
                  problem: codeLabel(text.warningCodes, w.code),
                  detail: w.value,
                }))}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

/** Rows of an import run that were rejected or imported without a value: line, identifier, problem, detail. */
function ProblemsTable(props: {
  caption: string;
  headers: [line: string, externalId: string, problem: string, detail: string];
  detailLang?: string;
  rows: { line: number; externalId: string | null; problem: string; detail: string }[];
}) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={`${row.line}-${i}`}>
            <td>{row.line}</td>
            <td>{row.externalId ?? ''}</td>
            <td>{row.problem}</td>
            <td lang={props.detailLang}>{row.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The words for an API code (ImportRejectionCode, ImportWarningCode); the code itself if it is newer than this page. */
function codeLabel(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code]! : code;
}
