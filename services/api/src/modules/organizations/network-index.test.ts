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

describe('NetworkIndex against a plain filter', () => {
  it('gives the same structures as checking each one, on 300 random structures and 500 random queries', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const some = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
    const communes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const codes = ['R', 'H', 'T', 'S'];
    const types = ['ACI', 'EI', 'EA'];
    const entries = Array.from({ length: 300 }, (_, i) =>
      entry(String(i).padStart(3, '0'), {
        insertionTypes: some(types, 1 + Math.floor(random() * 2)),
        capacity: random() < 0.2 ? null : Math.floor(random() * 10),
        communes: some(communes, 1 + Math.floor(random() * 3)),
        competences: some(codes, Math.floor(random() * 3)).map((code) => ({
          code,
          communes: some(communes, 1 + Math.floor(random() * 3)),
        })),
      }),
    );
    const engine = new NetworkIndex(entries);
    for (let q = 0; q < 500; q += 1) {
      const query = {
        competences: random() < 0.6 ? some(codes, 1 + Math.floor(random() * 2)) : [],
        communes: random() < 0.6 ? some(communes, 1 + Math.floor(random() * 3)) : [],
        insertionTypes: random() < 0.4 ? some(types, 1) : [],
        minCapacity: random() < 0.3 ? Math.floor(random() * 10) : null,
      };
      const expected = entries.filter(
        (e) =>
          query.competences.every((code) =>
            e.competences.some(
              (c) => c.code === code && (!query.communes.length || c.communes.some((x) => query.communes.includes(x))),
            ),
          ) &&
          (!query.communes.length ||
            [...e.communes, ...e.competences.flatMap((c) => c.communes)].some((x) => query.communes.includes(x))) &&
          (!query.insertionTypes.length || e.insertionTypes.some((t) => query.insertionTypes.includes(t))) &&
          (query.minCapacity === null || (e.capacity ?? 0) >= query.minCapacity),
      );
      expect(engine.search(query).map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
  });
});
