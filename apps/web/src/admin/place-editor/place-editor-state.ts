import type { FieldProblem } from '../../graphql/suggestion-operations';
import type { PlaceForm } from '../place-form';

export type Conflict = { changedFields: { field: string; current: unknown }[] };

/** What the last action led to: a message, problems to fix, or someone else's newer version. */
export type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'problems'; problems: FieldProblem[] }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; conflict: Conflict };

/** The place editor's form as typed, and where its last action stands. */
export interface PlaceEditorState {
  form: PlaceForm;
  /** A new place is published at once (else saved as a draft). */
  publishNow: boolean;
  busy: boolean;
  outcome: Outcome | null;
}

export type PlaceEditorAction =
  | { type: 'edit'; patch: Partial<PlaceForm> }
  | { type: 'publishNow'; publishNow: boolean }
  /** A write starts: the last outcome goes. */
  | { type: 'started' }
  | { type: 'outcome'; outcome: Outcome }
  | { type: 'settled' };

export const initialPlaceEditorState = (form: PlaceForm): PlaceEditorState => ({
  form,
  publishNow: true,
  busy: false,
  outcome: null,
});

export function placeEditorReducer(state: PlaceEditorState, action: PlaceEditorAction): PlaceEditorState {
  switch (action.type) {
    case 'edit':
      return { ...state, form: { ...state.form, ...action.patch } };
    case 'publishNow':
      return { ...state, publishNow: action.publishNow };
    case 'started':
      return { ...state, busy: true, outcome: null };
    case 'outcome':
      return { ...state, outcome: action.outcome };
    case 'settled':
      return { ...state, busy: false };
  }
}
