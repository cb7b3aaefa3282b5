import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@reemploi/embedded-db';
import type { CommandContext } from '../../../shared/command';
import { AppError } from '../../../shared/errors';
import { TABLE_COUNTS, syncTerritory, type SourceSyncResult, type TableCounts } from './sync-territory';
import { fetchCommuneCentres } from './territory-communes';
import { loadTerritoryProfile } from './territory-profile';

export const TERRITORY_USAGE = `usage: pnpm reemploi territory sync [--only <source key>] [--json] [--profile <file.json>] [--keep-demo]
       pnpm reemploi territory communes [--profile <file.json>] [--api <url>] [--out <file.json>]
  (profile: territories/cotentin.json at the repository's root unless given; a complete sync closes the
  demo places no source lists, unless --keep-demo; communes fetches the centre of the profile's EPCIs'
  communes from geo.api.gouv.fr into the network gaps' commune-positions.json, or --out)`;

const HEADINGS: Record<(typeof TABLE_COUNTS)[number], string> = {
  created: 'créés',
  updated: 'mis à jour',
  unchanged: 'inchangés',
  closed: 'fermés',
  queuedForReview: 'à vérifier',
  rejected: 'rejetés',
};

/** `pnpm reemploi territory sync …`: every source of a territory profile, imported one after the other. */
export async function runTerritoryCommand(args: string[], { config }: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        only: { type: 'string' },
        profile: { type: 'string' },
        json: { type: 'boolean', default: false },
        'keep-demo': { type: 'boolean', default: false },
        api: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${TERRITORY_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !['sync', 'communes'].includes(positionals[0]!)) {
    process.stderr.write(`${TERRITORY_USAGE}\n`);
    return 2;
  }
  const file = values.profile ?? path.join(repoRoot(), 'territories', 'cotentin.json');
  if (positionals[0] === 'communes') return runCommunes(file, values, config);
  try {
    const profile = loadTerritoryProfile(file);
    const result = await syncTerritory(profile, {
      federation: config.federation,
      only: values.only,
      retireDemo: !values['keep-demo'],
      onSource: values.json ? undefined : (r) => process.stdout.write(sourceSummary(r)),
    });
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(finalTable(result.sources, result.totals));
      if (result.demo)
        process.stdout.write(
          `Données de démonstration : ${result.demo.closed} lieux fermés (aucune source ne les liste), ${result.demo.kept} gardés (listés aussi par une source)\n`,
        );
    }
    return result.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return error instanceof AppError ? 2 : 1;
  }
}

/** `territory communes`: the communes' centres into the gaps' positions file; exit 1 on any failure, nothing written. */
async function runCommunes(
  profileFile: string,
  values: { api?: string; out?: string },
  config: CommandContext['config'],
): Promise<number> {
  try {
    const result = await fetchCommuneCentres(loadTerritoryProfile(profileFile), {
      federation: config.federation,
      api: values.api,
      file: values.out && path.resolve(values.out),
    });
    process.stdout.write(
      `${result.communes} communes lues : ${result.added} centres écrits, ${result.kept} gardent leur position (towns.json ou contours:communes) — ${result.file}\n`,
    );
    if (result.missing.length)
      process.stdout.write(`Communes du profil absentes des réponses (sans position) : ${result.missing.join(', ')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`error: ${error.message} (positions file unchanged)\n`);
    return error instanceof AppError ? 2 : 1;
  }
}

function sourceSummary(r: SourceSyncResult): string {
  const counts = TABLE_COUNTS.map((k) => `${r[k]} ${HEADINGS[k]}`).join(', ');
  const lines = [`${r.key} (${r.name}) : ${r.status === 'SUCCEEDED' ? 'réussi' : 'ÉCHEC'} — ${counts}`];
  if (r.error) lines.push(`  erreur : ${r.error}`);
  for (const p of r.rejections.slice(0, 10)) lines.push(`  ligne ${p.line} [${p.code}] : ${p.reason}`);
  if (r.rejected > 10) lines.push(`  … et ${r.rejected - Math.min(10, r.rejections.length)} autres lignes rejetées`);
  return `${lines.join('\n')}\n`;
}

/** A plain-text table: one row per source and the total. */
function finalTable(sources: SourceSyncResult[], totals: TableCounts): string {
  const header = ['source', 'état', ...TABLE_COUNTS.map((k) => HEADINGS[k])];
  const rows = [
    ...sources.map((r) => [r.key, r.status === 'SUCCEEDED' ? 'ok' : 'échec', ...TABLE_COUNTS.map((k) => String(r[k]))]),
    [
      'total',
      sources.every((r) => r.status === 'SUCCEEDED') ? 'ok' : 'échec',
      ...TABLE_COUNTS.map((k) => String(totals[k])),
    ],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `\n${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
