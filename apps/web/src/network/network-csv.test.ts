import { csvHref, gapsCsvHref, type Found } from './network-csv';
import { networkTextFr } from './network-text';
import { territoryTextFr } from './territory-text';

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

  it('writes the gaps a row per competence and commune, the distance with a decimal comma, formulas defused', () => {
    const href = gapsCsvHref(
      [
        {
          competence: { code: 'TRAINING', label: 'Formation' },
          communes: [
            { commune: 'Les Pieux', nearestKm: 33.9, lat: 49.5 },
            { commune: '=cmd|calc', nearestKm: null, lat: null },
          ],
        },
      ],
      territoryTextFr.gapsCsvHeader,
    );
    const csv = decodeURIComponent(href.split(',').slice(1).join(','));
    expect(csv).toBe(
      '\uFEFF"Compétence";"Commune";"Offre la plus proche (km)"\r\n"Formation";"Les Pieux";"33,9"\r\n"Formation";"\'=cmd|calc";""\r\n',
    );
  });
});
