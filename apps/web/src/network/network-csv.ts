import type { NetworkSearchQuery, TerritoryNetworkQuery } from '../graphql/generated/operations';

export type Found = NetworkSearchQuery['structures']['nodes'][number];
export type Gap = TerritoryNetworkQuery['networkGaps'][number];

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection): it gets a leading '.
const cell = (value: string | number | null | undefined) => {
  const text = String(value ?? '');
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

const csvText = (header: readonly string[], rows: (string | number | null | undefined)[][]) =>
  `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
/** A CSV as a link's address (with the `download` attribute). */
const dataHref = (csv: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;

/** The network's gaps as a CSV, a row per competence and commune: nearest offer in km (decimal comma), empty when none. */
export function gapsCsvHref(gaps: Gap[], header: readonly string[]): string {
  const km = (value: number | null | undefined) => (value == null ? '' : String(value).replace('.', ','));
  return dataHref(
    csvText(
      header,
      gaps.flatMap((g) => g.communes.map((c) => [g.competence.label, c.commune, km(c.nearestKm)])),
    ),
  );
}

/** The results as a CSV (semicolons and a BOM, for French Excel); non-public columns are empty unless allowed. */
export function structuresCsv(nodes: Found[], header: readonly string[]): string {
  return csvText(
    header,
    nodes.map((s) => [
      s.name,
      s.siret,
      s.insertionTypes.join(', '),
      s.competences.map((c) => c.label).join(', '),
      s.territory.join(', '),
      s.email,
      s.phone,
      s.website,
      s.insertionJobs,
      s.contactPerson,
    ]),
  );
}

/** The same CSV as a link's address. */
export const csvHref = (nodes: Found[], header: readonly string[]) => dataHref(structuresCsv(nodes, header));
