import { COMMUNE_AREAS, classOf, coloredAreas, communeRows } from './commune-areas';

const figures = (inseeCode: string, searches: number, none15: number) => ({
  inseeCode,
  searches,
  nothingWithin5Km: none15,
  nothingWithin15Km: none15,
  nothingWithin30Km: 0,
});

describe('demand map data', () => {
  it('draws every commune of the territory, Cherbourg-en-Cotentin and Barfleur among them', () => {
    const names = COMMUNE_AREAS.features.map((f) => f.properties.name);
    expect(names).toContain('Cherbourg-en-Cotentin');
    expect(names).toContain('Barfleur');
    expect(names).toHaveLength(129);
  });

  it('puts the communes with most searches that found nothing first, hidden ones (under 5) last', () => {
    const rows = communeRows([figures('50129', 40, 3), figures('50615', 12, 9)], 'nothingWithin15Km');
    expect(rows.slice(0, 2).map((r) => r.name)).toEqual(['Valognes', 'Cherbourg-en-Cotentin']);
    expect(rows[2]!.figures).toBeNull();
    const colored = coloredAreas(rows, 'nothingWithin15Km');
    const valueOf = (insee: string) => colored.features.find((f) => f.properties.insee === insee)!.properties.value;
    expect([valueOf('50615'), valueOf('50129'), valueOf(rows[2]!.insee)]).toEqual([9, 3, -1]);
  });

  it('classes counts as the legend says', () => {
    expect([0, 1, 9, 10, 49, 50, 199, 200, 5000].map(classOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
