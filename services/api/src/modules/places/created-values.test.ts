import { withCreatedValues } from './created-values';

const event = (action: string, changes: { field: string; before: unknown; after: unknown }[], omitted = false) => ({
  action,
  changes,
  ...(omitted ? { changesOmitted: true } : {}),
});

describe("an import's CREATE event in the history", () => {
  it('shows the values the place was created with, undoing every later change from the place as it is now', () => {
    const place = { name: 'Ressourcerie du Cotentin', openingHours: 'Mo-Sa 10:00-18:00', status: 'CLOSED' };
    const events = [
      event('STATUS', [{ field: 'status', before: 'PUBLISHED', after: 'CLOSED' }]),
      event('UPDATE', [{ field: 'name', before: 'Ressourcerie', after: 'Ressourcerie du Cotentin' }]),
      event('IMPORT', [{ field: 'openingHours', before: 'Mo-Fr 09:00-12:00', after: 'Mo-Sa 10:00-18:00' }]),
      event('CREATE', [], true),
    ];
    const history = withCreatedValues(events, place);
    expect(history.slice(0, 3)).toEqual(events.slice(0, 3));
    expect(history[3]!.changes).toEqual([
      { field: 'name', before: null, after: 'Ressourcerie' },
      { field: 'openingHours', before: null, after: 'Mo-Fr 09:00-12:00' },
      { field: 'status', before: null, after: 'PUBLISHED' },
    ]);
  });

  it('leaves a CREATE that carries its values (staff creations, events written before) as it is', () => {
    const created = event('CREATE', [{ field: 'name', before: null, after: 'Premier nom' }]);
    expect(withCreatedValues([created], { name: 'Autre nom' })).toEqual([created]);
  });
});
