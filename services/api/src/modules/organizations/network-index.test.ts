import { NetworkIndex, type NetworkEntry } from './network-index';

const entry = (id: string, over: Partial<NetworkEntry> = {}): NetworkEntry => ({
  id,
  name: id,
  insertionTypes: [],
  capacity: null,
  communes: [],
  competences: [],
  ...over,
});

const index = new NetworkIndex([
  entry('Recyclerie du Val', {
    insertionTypes: ['ACI'],
    capacity: 6,
    communes: ['Valognes', 'Brix'],
    competences: [
      { code: 'REPAIR', communes: ['Valognes', 'Brix'] },
      { code: 'HOUSE_CLEARANCE', communes: ['Valognes'] },
    ],
  }),
  entry('Atelier de la Hague', {
    insertionTypes: ['EI'],
    capacity: 2,
    communes: ['La Hague'],
    competences: [{ code: 'REPAIR', communes: ['La Hague'] }],
  }),
  entry('ESAT du Cotentin', { insertionTypes: ['ESAT'], communes: ['Cherbourg-en-Cotentin'] }),
]);

const names = (q: Parameters<NetworkIndex['search']>[0]) => index.search(q).map((e) => e.name);

describe('NetworkIndex', () => {
  it('finds structures offering a competence in a commune (accents and case aside), by name', () => {
    expect(names({ competences: ['REPAIR'] })).toEqual(['Atelier de la Hague', 'Recyclerie du Val']);
    expect(names({ competences: ['REPAIR'], communes: ['la hague'] })).toEqual(['Atelier de la Hague']);
    expect(names({ competences: ['HOUSE_CLEARANCE'], communes: ['Brix'] })).toEqual([]);
  });

  it('requires every competence asked, any insertion type asked, and the capacity', () => {
    expect(names({ competences: ['REPAIR', 'HOUSE_CLEARANCE'] })).toEqual(['Recyclerie du Val']);
    expect(names({ insertionTypes: ['EI', 'ESAT'] })).toEqual(['Atelier de la Hague', 'ESAT du Cotentin']);
    expect(names({ competences: ['REPAIR'], minCapacity: 3 })).toEqual(['Recyclerie du Val']);
    expect(names({ communes: ['Cherbourg-en-Cotentin'] })).toEqual(['ESAT du Cotentin']);
    expect(names({})).toHaveLength(3);
  });
});
