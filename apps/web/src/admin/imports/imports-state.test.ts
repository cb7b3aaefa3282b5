import type { ImportPreview } from './imports-operations';
import { importsReducer, initialImportsState, type ImportsAction, type ImportsState } from './imports-state';

const preview: ImportPreview = {
  upload: { id: 'u1', filename: 'lieux.csv', format: 'CSV', size: 40 },
  encoding: 'UTF-8',
  separator: ';',
  columns: ['Nom', 'Commune'],
  rows: [{ line: 2, cells: ['Atelier', 'Valognes'], error: null }],
  suggestedMapping: { fields: { name: 'Nom', commune: 'Commune' } },
};

const after = (...actions: ImportsAction[]): ImportsState => actions.reduce(importsReducer, initialImportsState());

describe('the imports page state', () => {
  it('offers the existing sources once listed, unless a new one was started', () => {
    expect(after({ type: 'sourcesListed' }).mode).toBe('existing');
    expect(after({ type: 'source', patch: { name: 'Mairie' } }, { type: 'sourcesListed' }).mode).toBe('new');
  });

  it('starts the mapping from the preview’s suggestion, and a new upload forgets the last one', () => {
    const previewed = after({ type: 'uploadStarted', status: '0 %' }, { type: 'previewed', preview, status: 'ok' });
    expect(previewed.choice).toMatchObject({ name: 'Nom', commune: 'Commune' });
    const again = importsReducer(
      { ...previewed, tried: true, alert: 'non', runId: 'r1' },
      { type: 'uploadStarted', status: '0 %' },
    );
    expect(again).toMatchObject({
      preview: null,
      choice: null,
      runId: null,
      tried: false,
      alert: null,
      uploadPercent: 0,
    });
  });

  it('keeps the status between the upload’s quarter steps, and clears the progress when the upload fails', () => {
    const state = after(
      { type: 'uploadStarted', status: 'Envoi 0 %' },
      { type: 'uploadProgress', percent: 25, status: 'Envoi 25 %' },
      { type: 'uploadProgress', percent: 31 },
    );
    expect(state).toMatchObject({ uploadPercent: 31, status: 'Envoi 25 %' });
    expect(importsReducer(state, { type: 'uploadFailed', alert: 'trop gros' })).toMatchObject({
      uploadPercent: null,
      status: '',
      alert: 'trop gros',
    });
  });

  it('goes back to the file step after a run, keeping the source', () => {
    const state = after(
      { type: 'source', patch: { name: 'Mairie', priority: '60' } },
      { type: 'previewed', preview, status: 'ok' },
      { type: 'runTried' },
      { type: 'runStarting' },
      { type: 'runStarted', runId: 'r1', status: 'En cours' },
      { type: 'another' },
    );
    expect(state).toMatchObject({ name: 'Mairie', priority: '60', runId: null, preview: null, starting: false });
  });
});
