import { readImpactCsv } from './impact-csv';

// The till / scale CSV read row by row: each bad row refused with its file line and a stable code,
// the good rows kept by month. No database: the API test stores them.
const NOW = new Date('2026-03-15T10:00:00Z');

const problemsOf = (text: string) => readImpactCsv(text, '50129', NOW).problems.map((p) => [p.line, p.problem]);

describe('readImpactCsv', () => {
  it('reads a French export (semicolons, decimal commas, labels and words instead of ids)', () => {
    const csv = [
      'Mois;Sous-catégorie;Flux;Devenir;Poids (kg);Pièces',
      '2026-02;meuble;reçu;;1 250,5;40',
      '02/2026;Vélo;sorti;réemploi;80;6',
      '2026-01;petit_electromenager;PASSED_ON;RECYCLED;12;',
    ].join('\r\n');
    const { months, problems } = readImpactCsv(csv, '50129', NOW);
    expect(problems).toEqual([]);
    expect(months.map((m) => [m.month, m.inseeCode, m.lines.length])).toEqual([
      ['2026-02', '50129', 2],
      ['2026-01', '50129', 1],
    ]);
    expect(months[0]!.lines).toEqual([
      { subcategoryId: 'meuble', flow: 'RECEIVED', outcome: null, kg: 1250.5, items: 40 },
      { subcategoryId: 'velo', flow: 'PASSED_ON', outcome: 'REUSED', kg: 80, items: 6 },
    ]);
  });

  it('refuses formula cells, negative weights, future months, unknown sub-categories and outcomes, row by row', () => {
    const csv = [
      'mois,sous_categorie,flux,devenir,kg',
      '2026-02,meuble,RECEIVED,,10',
      '2026-02,meuble,PASSED_ON,REUSED,=1+1',
      '2026-02,@SUM(A1),RECEIVED,,3',
      '2026-02,velo,PASSED_ON,REUSED,+5',
      '2026-02,livre,PASSED_ON,REUSED,-5',
      '2026-04,livre,RECEIVED,,5',
      '2026-02,soucoupe_volante,RECEIVED,,5',
      '2026-02,livre,PASSED_ON,VENDU,5',
      '2026-02,livre,PASSED_ON,,5',
      '2026-02,meuble,RECEIVED,,4',
      '2026-02,vetement,PASSED_ON,REPAIRED,7',
    ].join('\n');
    expect(problemsOf(csv)).toEqual([
      [3, 'FORMULA_CELL'],
      [4, 'FORMULA_CELL'],
      [5, 'FORMULA_CELL'],
      [6, 'NEGATIVE_QUANTITY'],
      [7, 'FUTURE_MONTH'],
      [8, 'UNKNOWN_SUBCATEGORY'],
      [9, 'UNKNOWN_OUTCOME'],
      [10, 'OUTCOME_MISMATCH'],
      [11, 'DUPLICATE_LINE'],
    ]);
    const [february] = readImpactCsv(csv, '50129', NOW).months;
    expect(february!.lines.map((l) => [l.subcategoryId, l.kg])).toEqual([
      ['meuble', 10],
      ['vetement', 7],
    ]);
    expect(february!.refusedRows).toBe(8); // the future month's row is not February's
  });

  it('refuses the whole file when it is too large, unreadable or lacks a column', () => {
    const big = `mois;sous_categorie;flux;devenir;kg\n${'2026-02;meuble;RECEIVED;;1\n'.repeat(3000)}`;
    expect(() => readImpactCsv(big, '50129', NOW)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ problem: 'FILE_TOO_LARGE' }) }),
    );
    expect(() => readImpactCsv('mois;kg\n2026-02;3', '50129', NOW)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ problem: 'MISSING_COLUMNS' }) }),
    );
    expect(() => readImpactCsv('mois;sous_categorie;flux;kg\n', '50129', NOW)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ problem: 'NO_LINES' }) }),
    );
  });

  it('needs a commune: from a column, or the one given with the file', () => {
    const csv = 'mois;commune;sous_categorie;flux;kg\n2026-02;50602;meuble;RECEIVED;3\n2026-02;XYZ;livre;RECEIVED;3';
    const { months, problems } = readImpactCsv(csv, null, NOW);
    expect(months[0]!.inseeCode).toBe('50602');
    expect(problems.map((p) => p.problem)).toEqual(['INVALID_COMMUNE']);
    expect(
      readImpactCsv('mois;sous_categorie;flux;kg\n2026-02;meuble;RECEIVED;3', null, NOW).problems[0]!.problem,
    ).toBe('INVALID_COMMUNE');
  });
});
