import { agendaScope } from './agenda-place';

describe('agendaScope', () => {
  it('reads an INSEE code, a commune’s name and a former commune’s name, accents and case aside', () => {
    expect(agendaScope('50129')).toEqual({ kind: 'insee', inseeCode: '50129', label: '50129' });
    expect(agendaScope('cherbourg-en-cotentin')).toMatchObject({ kind: 'town', label: 'Cherbourg-en-Cotentin' });
    expect(agendaScope('Equeurdreville-Hainneville')).toMatchObject({
      kind: 'town',
      label: 'Équeurdreville-Hainneville',
    });
  });

  it('knows no commune of another name', () => {
    expect(agendaScope('atlantis')).toBeNull();
  });
});
