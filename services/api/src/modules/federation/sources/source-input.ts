import { z } from 'zod';
import { SOURCE_FORMATS, type SourceFormat } from '../../places';
import { parseMapping, sourceFilterSchema } from '../connectors/mapping';
import { nextRunAt, parseSchedule } from './schedule';
import { URL_NOT_ALLOWED, urlRefusal, type UrlPolicy } from './url-policy';

export interface SourceProblem {
  field: string;
  message: string;
}

/** What staff read when a source URL is refused (a problem on `url`, or runSource's BAD_USER_INPUT). */
export const urlNotAllowedMessage = (reason: string) =>
  `Imports cannot read this URL (${URL_NOT_ALLOWED}): ${reason}. Imports read public hosts only, unless the operator lists a host in REEMPLOI_IMPORT_ALLOWED_HOSTS.`;

/** GraphQL enum value (LVAO_CSV) ↔ stored format (lvao-csv). */
export const formatFromGraphQL = (value: string) => value.toLowerCase().replace(/_/g, '-') as SourceFormat;
export const formatToGraphQL = (value: string) => value.toUpperCase().replace(/-/g, '_');

const inputSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    format: z.enum(SOURCE_FORMATS).optional(),
    licence: z.string().trim().max(500).nullable().optional(),
    attribution: z.string().trim().max(1000).nullable().optional(),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), { message: 'an http(s) URL' })
      .nullable()
      .optional(),
    priority: z.number().int().min(0).max(100).optional(),
    mapping: z.unknown().optional(),
    filter: z.unknown().optional(),
    schedule: z.string().trim().max(50).nullable().optional(),
  })
  .strict();

/**
 * Validates a source's settings from the API into a `$set` (never passing user objects through
 * unchecked: mapping and filter are parsed by their schemas), or lists the problems.
 */
export function parseSourceInput(
  raw: Record<string, unknown>,
  creating: boolean,
  /** Where URLs may point: a URL refused there is refused here too, before it is saved. */
  urlPolicy: UrlPolicy,
  now = new Date(),
): { ok: true; set: Record<string, unknown> } | { ok: false; problems: SourceProblem[] } {
  const input = { ...raw, format: typeof raw.format === 'string' ? formatFromGraphQL(raw.format) : raw.format };
  for (const key of Object.keys(input))
    if ((input as Record<string, unknown>)[key] === undefined) delete (input as Record<string, unknown>)[key];
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })),
    };
  const problems: SourceProblem[] = [];
  const set: Record<string, unknown> = { ...parsed.data };
  if (creating && !parsed.data.name) problems.push({ field: 'name', message: 'A new source needs a name.' });
  if (creating && !parsed.data.format) problems.push({ field: 'format', message: 'A new source needs a format.' });
  const refused = parsed.data.url ? urlRefusal(parsed.data.url, urlPolicy) : null;
  if (refused) problems.push({ field: 'url', message: urlNotAllowedMessage(refused) });
  if (parsed.data.mapping !== undefined) {
    try {
      set.mapping = parsed.data.mapping === null ? null : parseMapping(parsed.data.mapping);
    } catch (error) {
      problems.push({ field: 'mapping', message: (error as Error).message });
    }
  }
  if (parsed.data.filter !== undefined && parsed.data.filter !== null) {
    const filter = sourceFilterSchema.safeParse(parsed.data.filter);
    if (filter.success) set.filter = filter.data;
    else
      problems.push({
        field: 'filter',
        message: filter.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
  }
  if (parsed.data.schedule !== undefined) {
    const text = parsed.data.schedule;
    const schedule = text ? parseSchedule(text) : null;
    if (text && !schedule)
      problems.push({
        field: 'schedule',
        message: 'Use "every 6h", "every 30m" (5 minutes at least), "every 1d" or "daily 03:30".',
      });
    set.schedule = text || null;
    set.nextRunAt = schedule ? nextRunAt(schedule, now) : null;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, set };
}
