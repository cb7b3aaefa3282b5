import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useReducer, useRef } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { useTaxonomy } from '../../app/useTaxonomy';
import { errorMessage } from '../../graphql/errors';
import { ACTIONS, PLACE_KINDS } from '../../search/search-state';
import { mappingInput, mappingProblems } from './import-mapping';
import {
  IMPORT_PREVIEW_QUERY,
  IMPORT_SCHEDULE_QUERY,
  IMPORT_SOURCES_QUERY,
  IMPORT_UPLOAD_MUTATION,
  UploadError,
  uploadFile,
} from './imports-operations';
import { importsReducer, initialImportsState } from './imports-state';
import { useImportsText } from './imports-text';
import { useErrorText } from '../useErrorText';
import { VIEWER_QUERY } from '../admin-operations';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { SourceSchedule } from './SourceSchedule';
import { SourceStep } from './SourceStep';
import { UploadStep } from './UploadStep';
import './imports.css';

/** `/admin/imports`: upload a CSV/GeoJSON, check its preview and column mapping, run it, follow it. */
export function ImportsPage() {
  const text = useImportsText();
  const errorText = useErrorText();
  usePageTitle(text.title);
  const client = useApolloClient();
  // The taxonomy query the back-office already runs (cached): kinds and actions with their labels.
  const taxonomy = useTaxonomy();
  const kinds = taxonomy.data?.placeKinds ?? PLACE_KINDS.map((id) => ({ id, label: taxonomy.kindLabel(id) }));
  const actions = taxonomy.data?.actions ?? ACTIONS.map((id) => ({ id, label: taxonomy.actionLabel(id) }));
  const sources = useQuery(IMPORT_SOURCES_QUERY, { fetchPolicy: 'network-only' });
  const schedule = useQuery(IMPORT_SCHEDULE_QUERY, { fetchPolicy: 'network-only' });
  // The back-office shell has read who is signed in: only administrators accept licences.
  const admin = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-only' }).data?.viewer?.role === 'ADMIN';
  const fileSources = (sources.data?.sources ?? []).filter((s) => s.format === 'CSV' || s.format === 'GEOJSON');
  const [state, dispatch] = useReducer(importsReducer, undefined, initialImportsState);
  const { mode, sourceId, name, licence, priority, preview, choice, defaults, tried, runId } = state;
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (fileSources.length > 0) dispatch({ type: 'sourcesListed' });
    // Only when the list arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sources.data]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    dispatch({ type: 'uploadStarted', status: text.uploading(0) });
    try {
      const uploaded = await uploadFile(file, (fraction) => {
        const percent = Math.round(fraction * 100);
        const status = percent === 100 || percent % 25 === 0 ? text.uploading(percent) : undefined;
        dispatch({ type: 'uploadProgress', percent, status });
      });
      const { data } = await client.query({
        query: IMPORT_PREVIEW_QUERY,
        variables: { uploadId: uploaded.id },
        fetchPolicy: 'network-only',
      });
      dispatch({ type: 'previewed', preview: data!.importPreview, status: text.uploaded(uploaded.filename) });
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      const message =
        error instanceof UploadError ? (text.uploadErrors[error.code] ?? error.message) : errorMessage(error);
      dispatch({ type: 'uploadFailed', alert: text.uploadFailed(message) });
    }
  }

  const problems = choice ? mappingProblems(choice) : [];
  const sourceMissing = mode === 'existing' ? !sourceId : !name.trim();

  async function run() {
    dispatch({ type: 'runTried' });
    if (!preview || !choice) return;
    if (problems.length > 0 || sourceMissing) {
      dispatch({
        type: 'runRefused',
        alert: sourceMissing ? text.chooseSource : text.problems.required(text.fields.name),
      });
      if (problems.length > 0) document.getElementById(`${id}-mapping`)?.focus();
      return;
    }
    dispatch({ type: 'runStarting' });
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
        dispatch({ type: 'runStarted', runId: payload.run.id, status: text.status.RUNNING });
        requestAnimationFrame(() => progressHeading.current?.focus());
        void sources.refetch();
        void schedule.refetch();
      } else dispatch({ type: 'runFailed', alert: payload.problems.map((p) => p.message).join(' ') });
    } catch (error) {
      dispatch({ type: 'runFailed', alert: errorText(error) });
    }
  }

  return (
    <div className="admin-imports">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <p role="status" className="imports-status">
        {state.status}
      </p>
      {state.alert && (
        <p role="alert" className="field-problem">
          {state.alert}
        </p>
      )}
      <SourceStep
        id={id}
        value={{ mode, sourceId, name, licence, priority }}
        fileSources={fileSources}
        sourcesLoaded={sources.data !== undefined}
        tried={tried}
        locked={runId !== null}
        text={text}
        onChange={(patch) => dispatch({ type: 'source', patch })}
      />
      <UploadStep
        id={id}
        fileInput={fileInput}
        uploadPercent={state.uploadPercent}
        locked={runId !== null}
        text={text}
        onFile={(file) => void onFile(file)}
      />
      {preview && choice && (
        <PreviewStep
          id={id}
          heading={previewHeading}
          preview={preview}
          choice={choice}
          problems={tried ? problems : []}
          defaults={defaults}
          kinds={kinds}
          actions={actions}
          locked={runId !== null}
          starting={state.starting}
          text={text}
          onChoice={(next) => dispatch({ type: 'mapping', choice: next })}
          onDefaults={(next) => dispatch({ type: 'defaults', defaults: next })}
          onRun={() => void run()}
        />
      )}
      {runId && (
        <RunStep
          id={id}
          heading={progressHeading}
          runId={runId}
          text={text}
          onFinished={(r) =>
            dispatch({
              type: 'runFinished',
              status: r.status === 'SUCCEEDED' ? text.finished(r.created, r.rejected) : text.status[r.status],
            })
          }
          onAnother={() => {
            dispatch({ type: 'another' });
            if (fileInput.current) fileInput.current.value = '';
            requestAnimationFrame(() => fileInput.current?.focus());
          }}
        />
      )}
      {schedule.data && <SourceSchedule sources={schedule.data.sources} text={text} admin={admin} />}
    </div>
  );
}
