import { z } from 'zod';
import { badInput } from '../../../shared/errors';
import { ACTIONS, PLACE_KINDS } from '../../places';

const column = z.string().trim().min(1).max(200);

/**
 * Source code → value. The mapping is stored as a document, where a key starting with "$" or holding a
 * "." would be an operator or a path, not a name: such a code is refused, naming it.
 */
const codeMap = <T extends z.ZodType>(value: T) =>
  z.record(z.string().max(200), value).superRefine((map, ctx) => {
    for (const code of Object.keys(map))
      if (code.startsWith('$') || code.includes('.') || code.includes('\0'))
        ctx.addIssue({
          code: 'custom',
          message: `the code ${JSON.stringify(code)} may not start with "$" or contain "."`,
        });
  });

/** Which column (CSV) or property (GeoJSON) holds each place field. */
export const MAPPED_FIELDS = [
  'externalId',
  'name',
  'kind',
  'description',
  'street',
  'postcode',
  'commune',
  'inseeCode',
  'locality',
  'lat',
  'lng',
  'x',
  'y',
  'phone',
  'email',
  'website',
  'siret',
  'openingHours',
  'objects',
  'accessibility',
  'url',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/**
 * A staff-defined field mapping for the syndicate's own CSV and GeoJSON files. Validated strictly: it is
 * stored and later used to read untrusted files, so unknown keys are refused.
 */
export const sourceMappingSchema = z
  .object({
    fields: z
      .partialRecord(z.enum(MAPPED_FIELDS), column)
      .refine((f) => f.name !== undefined, { message: 'fields.name is required (the column holding the place name)' }),
    /** Kind of every place unless the `kind` column maps to another one. */
    kind: z.enum(PLACE_KINDS).default('COLLECTION_POINT'),
    /** What residents do with the accepted objects there. */
    action: z.enum(ACTIONS).default('DROP_OFF'),
    /** Separator of several objects in one cell. */
    objectSeparator: z.string().min(1).max(3).default('|'),
    valueMaps: z
      .object({
        /** Source object code → LVAO sub-category codes ("TEX" → ["vetement", "linge_de_maison"]). */
        objects: codeMap(z.array(z.string().max(100)).max(100)).default({}),
        /** Source type value → place kind. */
        kind: codeMap(z.enum(PLACE_KINDS)).default({}),
      })
      .strict()
      .default({ objects: {}, kind: {} }),
  })
  .strict();
export type SourceMapping = z.infer<typeof sourceMappingSchema>;

/** Records kept from a source: inside these EPCIs (SIREN) and/or this box; empty = everything. */
export const sourceFilterSchema = z
  .object({
    epci: z
      .array(z.string().regex(/^\d{9}$/, 'an EPCI is given by its 9-digit SIREN'))
      .max(50)
      .optional(),
    bbox: z
      .object({
        west: z.number().min(-180).max(180),
        south: z.number().min(-90).max(90),
        east: z.number().min(-180).max(180),
        north: z.number().min(-90).max(90),
      })
      .strict()
      .refine((b) => b.west < b.east && b.south < b.north, { message: 'bbox must have west < east and south < north' })
      .optional(),
  })
  .strict();
export type SourceFilter = z.infer<typeof sourceFilterSchema>;

/** Communauté d'agglomération du Cotentin. */
export const COTENTIN_EPCI = '200067205';

/** Human-readable list of zod issues, one per line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** Parses a mapping given as JSON text or object; throws BAD_USER_INPUT (field `mapping`) with every problem. */
export function parseMapping(input: unknown): SourceMapping {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw badInput(`invalid mapping: not JSON (${(error as Error).message})`, 'mapping');
    }
  }
  const parsed = sourceMappingSchema.safeParse(value);
  if (!parsed.success) throw badInput(`invalid mapping: ${describeIssues(parsed.error)}`, 'mapping');
  return parsed.data;
}
