import { DirectoryIndex } from './directory-index';
import { buildPlace, ids, testOptions } from './test-places';

const index = new DirectoryIndex(testOptions);
index.load([
  buildPlace({
    id: 'eco',
    name: 'Écocyclerie du Cotentin',
    commune: 'Valognes',
    description: 'Meubles, vêtements et électroménager',
  }),
  buildPlace({
    id: 'velo',
    name: 'Atelier vélo solidaire',
    commune: 'Cherbourg-en-Cotentin',
    keywords: 'bicyclette réparation',
  }),
  buildPlace({
    id: 'emmaus',
    name: 'Emmaüs',
    commune: 'Tourlaville',
    description: 'Dépôt de meubles',
    lat: 49.9,
    lng: -1.5,
  }),
  buildPlace({ id: 'fripe', name: 'La Fripe', commune: 'Les Pieux', description: 'Vêtements de seconde main' }),
]);
const text = (value: string, extra: object = {}) => ids(index.search({ filter: { text: value }, limit: 10, ...extra }));

describe('text search', () => {
  it('ignores accents and case in both directions', () => {
    expect(text('ecocyclerie')).toEqual(['eco']);
    expect(text('EMMAUS')).toEqual(['emmaus']);
    expect(text('vélo')).toEqual(['velo']);
  });

  it('matches word prefixes', () => {
    expect(text('ecocyc')).toEqual(['eco']);
    expect(text('bicy')).toEqual(['velo']);
  });

  it('tolerates a typo', () => {
    expect(text('ecocyclrie')).toEqual(['eco']);
    expect(text('atelir')).toEqual(['velo']);
  });

  it('treats singular and plural alike', () => {
    expect(text('meuble').sort()).toEqual(['eco', 'emmaus']);
    expect(text('vetement').sort()).toEqual(['eco', 'fripe']);
  });

  it('requires every word and ignores French stop words', () => {
    expect(text('meubles de valognes')).toEqual(['eco']);
    expect(text('de la')).toHaveLength(4);
  });

  it('ranks the name above the description and reports a score', () => {
    const result = index.search({ filter: { text: 'emmaus meuble' }, limit: 10 });
    expect(ids(result)).toEqual(['emmaus']);
    expect(result.hits[0]!.score).toBeGreaterThan(0);
    const both = index.search({ filter: { text: 'cotentin' }, limit: 10 });
    expect(ids(both)).toEqual(['eco', 'velo']); // name match first, commune match second
  });

  it('orders by distance when near is given, still reporting the score', () => {
    const result = index.search({ filter: { text: 'meubles' }, near: { lat: 49.9, lng: -1.5 }, limit: 10 });
    expect(ids(result)).toEqual(['emmaus', 'eco']);
    expect(result.hits[0]!.distanceMeters).toBe(0);
    expect(result.hits[0]!.score).toBeGreaterThan(0);
  });

  it('finds a place upserted after the load and forgets a removed one', () => {
    const local = new DirectoryIndex(testOptions);
    local.load([buildPlace({ id: 'a', name: 'Recyclerie' })]);
    local.upsert(buildPlace({ id: 'b', name: 'Repair café' }));
    expect(ids(local.search({ filter: { text: 'cafe' }, limit: 5 }))).toEqual(['b']);
    local.upsert(buildPlace({ id: 'b', name: 'Donnerie' }));
    expect(ids(local.search({ filter: { text: 'cafe' }, limit: 5 }))).toEqual([]);
    local.remove('a');
    expect(ids(local.search({ filter: { text: 'recyclerie' }, limit: 5 }))).toEqual([]);
  });
});
