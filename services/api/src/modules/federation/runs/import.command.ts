import { parseArgs } from 'node:util';
import type { CommandContext } from '../../../shared/command';
import { AppError, badInput } from '../../../shared/errors';
import { IMPORT_FORMATS } from '../connectors';
import { isUrl } from '../connectors/input';
import { sourceCredentials } from '../federation-config';
import { Geocoder } from '../normalise/geocoder';
import type { SourceFilter } from '../connectors/mapping';
import { runImport } from './run-import';
import { newLockOwner } from './source-lock';
import { ensureSource, readMappingFile } from '../sources/sources';

export const IMPORT_USAGE = `usage: pnpm reemploi import --format <${IMPORT_FORMATS.join('|')}> --source <name> [--mapping <file.json>]
                            [--epci <siren,…>] [--bbox <west,south,east,north>] [--options <json>] [--json] <file-or-url>`;

function filterOf(epci: string | undefined, bbox: string | undefined): SourceFilter | null {
  if (!epci && !bbox) return null;
  const filter: SourceFilter = {};
  if (epci) filter.epci = epci.split(',').map((s) => s.trim());
  if (bbox) {
    const [west, south, east, north] = bbox.split(',').map(Number);
    filter.bbox = { west: west!, south: south!, east: east!, north: north! };
  }
  return filter;
}

/** `--options '{"acceptedLicence": "…"}'`: the source's format-specific options, as JSON. */
function parseOptionsArgument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badInput('--options is not valid JSON', 'options');
  }
}

/** A one-line progress bar on stderr, only on a terminal (stdout stays clean for --json). */
function progressLine() {
  if (!process.stderr.isTTY) return undefined;
  return ({ processed, fraction }: { processed: number; fraction: number }) => {
    const width = 30;
    const done = Math.round(fraction * width);
    process.stderr.write(
      `\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(fraction * 100)}%  ${processed.toLocaleString('fr-FR')} lignes`,
    );
  };
}

/** `pnpm reemploi import …`: imports a file or URL into the platform's database. */
export async function runImportCommand(args: string[], { config }: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        source: { type: 'string' },
        mapping: { type: 'string' },
        epci: { type: 'string' },
        bbox: { type: 'string' },
        options: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.format || !values.source || positionals.length !== 1) {
    process.stderr.write(`${IMPORT_USAGE}\n`);
    return 2;
  }
  const location = positionals[0]!;
  try {
    const source = await ensureSource({
      name: values.source,
      format: values.format,
      mapping: values.mapping ? readMappingFile(values.mapping) : undefined,
      filter: filterOf(values.epci, values.bbox),
      url: isUrl(location) ? location : undefined,
      options: values.options ? parseOptionsArgument(values.options) : undefined,
    });
    const f = config.federation;
    const progress = values.json ? undefined : progressLine();
    const summary = await runImport({
      sourceId: source._id,
      location,
      trigger: 'CLI',
      owner: newLockOwner(),
      geocoder: f.geocoderUrl
        ? new Geocoder({ baseUrl: f.geocoderUrl, concurrency: f.geocoderConcurrency, timeoutMs: f.geocoderTimeoutMs })
        : null,
      maxBytes: f.maxBytes,
      fetchTimeoutMs: f.fetchTimeoutMs,
      lockTtlMs: f.lockTtlMs,
      urlPolicy: f.urlPolicy,
      credentials: sourceCredentials(source.format, f),
      onProgress: progress,
    });
    if (progress) process.stderr.write('\n');
    const { created, updated, unchanged, rejected, warned, closed, closuresHeld, queuedForReview, errors, warnings } =
      summary;
    const result = {
      created,
      updated,
      unchanged,
      rejected,
      warned,
      closed,
      closuresHeld,
      queuedForReview,
      errors,
      warnings,
    };
    if (values.json)
      process.stdout.write(`${JSON.stringify(summary.error ? { ...result, error: summary.error } : result)}\n`);
    else {
      process.stdout.write(
        `${source.name}: ${created} créés, ${updated} mis à jour, ${unchanged} inchangés, ${rejected} rejetés, ${warned} avec une valeur ignorée, ${closed} fermés, ${closuresHeld} fermetures en attente, ${queuedForReview} à vérifier\n`,
      );
      printProblems('rejetées', errors, rejected);
      printProblems('valeurs ignorées', warnings, warnings.length);
      if (summary.error) process.stderr.write(`import failed: ${summary.error}\n`);
    }
    return summary.status === 'SUCCEEDED' ? 0 : 1;
  } catch (error) {
    if (error instanceof AppError || error instanceof Error) {
      process.stderr.write(`error: ${error.message}\n`);
      return error instanceof AppError ? 2 : 1;
    }
    throw error;
  }
}

/** The first 50 problems of one kind, one a line: `  ligne 12 [HOURS_UNREADABLE] : …`. */
function printProblems(title: string, problems: { line: number; code: string; reason: string }[], total: number) {
  if (problems.length === 0) return;
  process.stdout.write(`Lignes ${title} :\n`);
  for (const p of problems.slice(0, 50)) process.stdout.write(`  ligne ${p.line} [${p.code}] : ${p.reason}\n`);
  if (total > 50) process.stdout.write(`  … et ${total - 50} autres\n`);
}
