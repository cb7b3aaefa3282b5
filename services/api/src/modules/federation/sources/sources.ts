import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ErrorReason, badInput, refusal } from '../../../shared/errors';
import { FORMAT_DEFAULTS, isImportFormat, parseSourceOptions, type ImportFormat } from '../connectors';
import { describeIssues, parseMapping, sourceFilterSchema, type SourceFilter } from '../connectors/mapping';
import { SourceModel } from '../../places';

export interface EnsureSourceInput {
  name: string;
  format: string;
  mapping?: unknown;
  filter?: SourceFilter | null;
  url?: string | null;
  /** Format-specific options (connectors/index.ts parseSourceOptions); null clears them. */
  options?: unknown;
}

/** Reads a mapping file given on the command line (JSON, validated). */
export function readMappingFile(file: string): unknown {
  try {
    return parseMapping(readFileSync(file, 'utf8'));
  } catch (error) {
    throw badInput(`${file}: ${(error as Error).message}`, 'mapping');
  }
}

/** The named source, created with the format's licence and priority on first use; a given mapping/filter is saved. */
export async function ensureSource(input: EnsureSourceInput) {
  if (!isImportFormat(input.format)) throw badInput(`unknown format "${input.format}"`, 'format');
  const format: ImportFormat = input.format;
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('a source name is 1 to 200 characters', 'source');
  const existing = await SourceModel.findOne({ name }).lean();
  if (existing && existing.format !== format) {
    throw refusal(
      ErrorReason.SOURCE_FORMAT_MISMATCH,
      `source "${name}" exists with format ${existing.format}, not ${format}`,
    );
  }
  const set: Record<string, unknown> = {};
  if (input.mapping !== undefined) set.mapping = parseMapping(input.mapping);
  if (input.filter) {
    const parsed = sourceFilterSchema.safeParse(input.filter);
    if (!parsed.success) throw badInput(describeIssues(parsed.error), 'filter');
    set.filter = parsed.data;
  }
  if (input.url) set.url = input.url;
  if (input.options !== undefined) {
    try {
      set.options = parseSourceOptions(format, input.options);
    } catch (error) {
      throw badInput(error instanceof z.ZodError ? describeIssues(error) : (error as Error).message, 'options');
    }
  }
  const defaults = FORMAT_DEFAULTS[format];
  const source = await SourceModel.findOneAndUpdate(
    { name },
    {
      $set: set,
      $setOnInsert: {
        name,
        format,
        licence: defaults.licence,
        attribution: defaults.attribution,
        priority: defaults.priority,
      },
    },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return source!;
}
