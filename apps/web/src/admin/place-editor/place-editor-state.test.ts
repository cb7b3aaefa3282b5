import { emptyPlaceForm } from '../place-form';
import { initialPlaceEditorState, placeEditorReducer } from './place-editor-state';

describe('the place editor state', () => {
  it('keeps what was typed across a write, and drops the last outcome when a write starts', () => {
    let state = initialPlaceEditorState(emptyPlaceForm);
    state = placeEditorReducer(state, { type: 'edit', patch: { name: 'Atelier vélo' } });
    state = placeEditorReducer(state, { type: 'edit', patch: { commune: 'Valognes' } });
    state = placeEditorReducer(state, { type: 'outcome', outcome: { kind: 'error', message: 'Refusé' } });
    state = placeEditorReducer(state, { type: 'started' });
    expect(state).toMatchObject({ busy: true, outcome: null, publishNow: true });
    expect(state.form).toMatchObject({ name: 'Atelier vélo', commune: 'Valognes' });
    state = placeEditorReducer(state, { type: 'outcome', outcome: { kind: 'ok', message: 'Enregistré' } });
    state = placeEditorReducer(state, { type: 'settled' });
    expect(state).toMatchObject({ busy: false, outcome: { kind: 'ok', message: 'Enregistré' } });
  });
});
