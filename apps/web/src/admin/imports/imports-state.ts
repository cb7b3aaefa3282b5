import { initialChoice, initialDefaults, type MappingChoice, type MappingDefaults } from './import-mapping';
import type { ImportPreview } from './imports-operations';

/** Everything the imports page remembers between its steps: the source, the upload, the mapping, the run. */
export interface ImportsState {
  /** Import into a file source already known, or create one. */
  mode: 'existing' | 'new';
  sourceId: string;
  name: string;
  licence: string;
  priority: string;
  /** Upload progress (0–100), null when no upload is under way or shown. */
  uploadPercent: number | null;
  /** What the live region says (uploading, uploaded, running, finished). */
  status: string;
  alert: string | null;
  preview: ImportPreview | null;
  choice: MappingChoice | null;
  defaults: MappingDefaults;
  /** The user tried to run: problems are shown from then on. */
  tried: boolean;
  runId: string | null;
  starting: boolean;
}

export type SourceFields = Pick<ImportsState, 'mode' | 'sourceId' | 'name' | 'licence' | 'priority'>;

export type ImportsAction =
  | { type: 'source'; patch: Partial<SourceFields> }
  /** The list of file sources arrived with some in it. */
  | { type: 'sourcesListed' }
  | { type: 'uploadStarted'; status: string }
  | { type: 'uploadProgress'; percent: number; status?: string }
  | { type: 'previewed'; preview: ImportPreview; status: string }
  | { type: 'uploadFailed'; alert: string }
  | { type: 'mapping'; choice: MappingChoice }
  | { type: 'defaults'; defaults: MappingDefaults }
  | { type: 'runTried' }
  | { type: 'runRefused'; alert: string }
  | { type: 'runStarting' }
  | { type: 'runStarted'; runId: string; status: string }
  | { type: 'runFailed'; alert: string }
  | { type: 'runFinished'; status: string }
  /** "Import another file": back to the file step, keeping the source. */
  | { type: 'another' };

export const initialImportsState = (): ImportsState => ({
  mode: 'new',
  sourceId: '',
  name: '',
  licence: '',
  priority: '70',
  uploadPercent: null,
  status: '',
  alert: null,
  preview: null,
  choice: null,
  defaults: initialDefaults(),
  tried: false,
  runId: null,
  starting: false,
});

export function importsReducer(state: ImportsState, action: ImportsAction): ImportsState {
  switch (action.type) {
    case 'source':
      return { ...state, ...action.patch };
    case 'sourcesListed':
      // Suggest the existing sources, unless the user already started on a new one.
      return state.mode === 'new' && !state.name && !state.sourceId ? { ...state, mode: 'existing' } : state;
    case 'uploadStarted':
      return {
        ...state,
        alert: null,
        preview: null,
        choice: null,
        runId: null,
        tried: false,
        uploadPercent: 0,
        status: action.status,
      };
    case 'uploadProgress':
      return { ...state, uploadPercent: action.percent, status: action.status ?? state.status };
    case 'previewed':
      return {
        ...state,
        preview: action.preview,
        choice: initialChoice(action.preview.columns, action.preview.suggestedMapping),
        status: action.status,
      };
    case 'uploadFailed':
      return { ...state, uploadPercent: null, status: '', alert: action.alert };
    case 'mapping':
      return { ...state, choice: action.choice };
    case 'defaults':
      return { ...state, defaults: action.defaults };
    case 'runTried':
      return { ...state, tried: true, alert: null };
    case 'runRefused':
      return { ...state, alert: action.alert };
    case 'runStarting':
      return { ...state, starting: true };
    case 'runStarted':
      return { ...state, starting: false, runId: action.runId, status: action.status };
    case 'runFailed':
      return { ...state, starting: false, alert: action.alert };
    case 'runFinished':
      return { ...state, status: action.status };
    case 'another':
      return { ...state, runId: null, preview: null, choice: null, uploadPercent: null, status: '' };
  }
}
