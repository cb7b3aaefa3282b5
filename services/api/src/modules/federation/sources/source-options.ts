import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { AppError, ErrorCode, notFound, unavailable } from '../../../shared/errors';
import type { Actor } from '../../../shared/viewer';
import { SourceModel } from '../../places';
import { isImportFormat, sourceOptionsSchema } from '../connectors';
import { NO_LICENCE, dataFairLicence, isDataFairLinesUrl } from '../connectors/data-fair';
import { openInput } from '../connectors/input';
import type { UrlPolicy } from './url-policy';
import { SourceChangeModel } from './source-change.model';

/** Why options were refused (extensions.reason of a BAD_USER_INPUT). Stable: clients branch on them. */
export const SourceOptionsProblem = {
  /** An option the source's format does not take (every option, for a format that takes none). */
  UNKNOWN_SOURCE_OPTION: 'UNKNOWN_SOURCE_OPTION',
  /** A known option with a value it cannot take. */
  INVALID_SOURCE_OPTION: 'INVALID_SOURCE_OPTION',
  /** acceptedLicence is not, character for character, the licence title the dataset declares. */
  LICENCE_TITLE_MISMATCH: 'LICENCE_TITLE_MISMATCH',
  /** acceptedLicence on a source that reads no data-fair dataset (nothing declares a licence to accept). */
  LICENCE_NOT_CHECKABLE: 'LICENCE_NOT_CHECKABLE',
} as const;
type Problem = keyof typeof SourceOptionsProblem;

const refused = (reason: Problem, message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'options', reason, ...details });

export interface SourceOptionsDeps {
  urlPolicy: UrlPolicy;
  maxBytes: number;
  fetchTimeoutMs: number;
}

/** The options of a source of `format`, checked key by key: unknown keys and bad values refused by name. */
export function checkSourceOptions(format: string, options: unknown): Record<string, unknown> | null {
  if (options === null) return null;
  if (typeof options !== 'object' || Array.isArray(options))
    throw refused('INVALID_SOURCE_OPTION', 'options is a JSON object of option names and values, or null.');
  const schema = isImportFormat(format) ? sourceOptionsSchema(format) : null;
  const keys = Object.keys(options);
  if (!schema) {
    if (keys.length === 0) return null;
    throw refused('UNKNOWN_SOURCE_OPTION', `Sources of format ${format} take no options (got "${keys[0]}").`, {
      option: keys[0],
    });
  }
  const parsed = schema.safeParse(options);
  if (parsed.success) return Object.keys(parsed.data).length > 0 ? parsed.data : null;
  const unknown = parsed.error.issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown) {
    const known = Object.keys((schema as z.ZodObject<z.ZodRawShape>).shape).join(', ');
    throw refused('UNKNOWN_SOURCE_OPTION', `Unknown option "${unknown.keys[0]}" (${format} takes: ${known}).`, {
      option: unknown.keys[0],
    });
  }
  const issue = parsed.error.issues[0]!;
  throw refused('INVALID_SOURCE_OPTION', `Option ${issue.path.join('.')}: ${issue.message}`, {
    option: String(issue.path[0]),
  });
}

/** The licence title the source's data-fair dataset declares now (NO_LICENCE when none). */
async function declaredLicence(url: string | null | undefined, deps: SourceOptionsDeps): Promise<string> {
  if (!url || !isDataFairLinesUrl(url))
    throw refused(
      'LICENCE_NOT_CHECKABLE',
      'acceptedLicence applies to a source read from a data-fair dataset (a …/datasets/<id>/lines URL): this source has none, so no licence is declared to accept.',
      { option: 'acceptedLicence' },
    );
  const input = openInput(url, { maxBytes: deps.maxBytes, timeoutMs: deps.fetchTimeoutMs, urlPolicy: deps.urlPolicy });
  try {
    return (await dataFairLicence(input))?.title ?? NO_LICENCE;
  } catch (error) {
    throw unavailable(`The dataset's licence could not be read to check it (${(error as Error).message}); try again.`);
  }
}

/**
 * Sets a source's options (ADMIN; the resolver checks the role): validated, an accepted licence compared with
 * the title the dataset declares now, then saved with who changed what (source_changes).
 */
export async function setSourceOptions(sourceId: string, options: unknown, actor: Actor, deps: SourceOptionsDeps) {
  const source = await SourceModel.findById(sourceId).lean();
  if (!source) throw notFound(`No source ${sourceId}.`);
  const checked = checkSourceOptions(source.format, options);
  const accepted = checked?.acceptedLicence;
  if (typeof accepted === 'string') {
    const title = await declaredLicence(source.url, deps);
    if (accepted !== title)
      throw refused(
        'LICENCE_TITLE_MISMATCH',
        `The dataset is published under "${title}": acceptedLicence must be that exact title (got "${accepted}").`,
        { option: 'acceptedLicence', licence: title },
      );
  }
  const before = (source.options as Record<string, unknown> | null | undefined) ?? null;
  if (isDeepStrictEqual(before, checked)) return source;
  const saved = await SourceModel.findOneAndUpdate(
    { _id: source._id },
    { $set: { options: checked } },
    { returnDocument: 'after' },
  ).lean();
  if (!saved) throw notFound(`No source ${sourceId}.`);
  await SourceChangeModel.create({
    sourceId: source._id,
    at: new Date(),
    actor,
    field: 'options',
    before,
    after: checked,
  });
  return saved;
}

/** A source's recorded changes, latest first. */
export function sourceChanges(sourceId: string, first: number) {
  return SourceChangeModel.find({ sourceId })
    .sort({ at: -1 })
    .limit(Math.min(Math.max(first, 1), 100))
    .lean();
}
