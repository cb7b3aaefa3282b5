import { initialChoice, mappingInput, mappingProblems, progressPercent } from './import-mapping';

const columns = ['Identifiant', 'Nom du point', 'Commune', 'Latitude', 'Longitude', 'X', 'Y'];

describe('the column-mapping form', () => {
  it('starts from the suggestion, keeping only columns the file has', () => {
    const choice = initialChoice(columns, {
      fields: { name: 'Nom du point', commune: 'Commune', lat: 'Latitude', lng: 'Longitude', phone: 'Téléphone' },
    });
    expect(choice).toMatchObject({ name: 'Nom du point', commune: 'Commune', lat: 'Latitude', lng: 'Longitude' });
    expect(choice.phone).toBe('');
    expect(choice.externalId).toBe('');
    expect(initialChoice(columns, null).name).toBe('');
  });

  it('requires a name column, refuses a column used twice and half a coordinate pair', () => {
    const choice = initialChoice(columns, {});
    expect(mappingProblems(choice)).toEqual([{ field: 'name', kind: 'required' }]);
    expect(mappingProblems({ ...choice, name: 'Nom du point', commune: 'Nom du point' })).toEqual([
      { field: 'commune', kind: 'duplicate', column: 'Nom du point' },
    ]);
    expect(mappingProblems({ ...choice, name: 'Nom du point', lat: 'Latitude' })).toEqual([
      { field: 'lng', kind: 'pair' },
    ]);
    expect(mappingProblems({ ...choice, name: 'Nom du point', y: 'Y' })).toEqual([{ field: 'x', kind: 'pair' }]);
    expect(mappingProblems({ ...choice, name: 'Nom du point', x: 'X', y: 'Y' })).toEqual([]);
  });

  it('sends only the chosen fields, with the kind and action', () => {
    const choice = { ...initialChoice(columns, {}), name: 'Nom du point', externalId: 'Identifiant' };
    expect(mappingInput(choice)).toEqual({
      fields: { name: 'Nom du point', externalId: 'Identifiant' },
      kind: 'COLLECTION_POINT',
      action: 'DROP_OFF',
    });
    expect(mappingInput(choice, { kind: 'RESSOURCERIE', action: 'DONATE' })).toMatchObject({
      kind: 'RESSOURCERIE',
      action: 'DONATE',
    });
  });

  it('shows the progress of a run, 100 % once it is over', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ status: 'RUNNING', progress: 0.426 })).toBe(42);
    expect(progressPercent({ status: 'RUNNING', progress: 1 })).toBe(99);
    expect(progressPercent({ status: 'SUCCEEDED', progress: 1 })).toBe(100);
    expect(progressPercent({ status: 'FAILED', progress: 0.2 })).toBe(100);
  });
});
