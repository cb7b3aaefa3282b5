import { csvHref, type Found } from './network-csv';
import { networkTextFr } from './network-text';

const structure = (over: Partial<Found>): Found => ({
  id: '1',
  name: 'Recyclerie',
  territory: ['Valognes'],
  insertionTypes: ['ACI'],
  siret: null,
  email: null,
  phone: null,
  website: null,
  insertionJobs: null,
  contactPerson: null,
  competences: [{ code: 'REPAIR', label: 'Réparation' }],
  ...over,
});

const csvOf = (nodes: Found[]) =>
  decodeURIComponent(csvHref(nodes, networkTextFr.csvHeader).split(',').slice(1).join(','));

describe('network CSV export', () => {
  it('writes one row per structure, quoted, with a BOM and French headers', () => {
    const csv = csvOf([structure({ name: 'La "Bonne" Affaire' })]);
    expect(csv.startsWith('\uFEFF"Structure";"SIRET"')).toBe(true);
    expect(csv).toContain('"La ""Bonne"" Affaire";"";"ACI";"Réparation";"Valognes"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvOf([structure({ name: '=HYPERLINK("http://evil")' })])).toContain('"\'=HYPERLINK(""http://evil"")"');
  });
});
