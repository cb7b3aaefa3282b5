import type { NetworkSearchQuery } from '../graphql/generated/operations';

export type Found = NetworkSearchQuery['structures']['nodes'][number];

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection): it gets a leading '.
const cell = (value: string | number | null | undefined) => {
  const text = String(value ?? '');
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

/** The results as a CSV (semicolons and a BOM, for French Excel); non-public columns are empty unless allowed. */
export function csvHref(nodes: Found[], header: readonly string[]): string {
  const rows = nodes.map((s) =>
    [
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
    ]
      .map(cell)
      .join(';'),
  );
  const csv = `\uFEFF${[header.map(cell).join(';'), ...rows].join('\r\n')}\r\n`;
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
