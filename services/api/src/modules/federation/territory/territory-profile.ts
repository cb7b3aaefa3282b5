import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { badInput } from '../../../shared/errors';
import { IMPORT_FORMATS, parseSourceOptions } from '../connectors';
import { parseMapping, type SourceFilter } from '../connectors/mapping';
import { overpassQueryUrl } from '../connectors/overpass-query';
import { parseSchedule } from '../sources/schedule';

const schedule = z
  .string()
  .trim()
  .refine((text) => parseSchedule(text) !== null, {
    message: 'use "every 6h", "every 30m" (5 minutes at least), "every 1d" or "daily 03:30"',
  });

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** One source of a territory: what to read, how, and when. */
const profileSourceSchema = z
  .object({
    /** Short stable key (`--only <key>`): lowercase letters, digits and dashes. */
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a key is 1 to 40 lowercase letters, digits or dashes'),
    /** The Source's name in the back-office (unique on the platform). */
    name: z.string().trim().min(1).max(200),
    format: z.enum(IMPORT_FORMATS),
    /** An http(s) URL, or a file path relative to the profile (tests, files dropped by the operator). */
    url: z.string().trim().min(1).max(4000).optional(),
    /** osm-overpass only: an Overpass API endpoint; the query is built from the profile's polygon. */
    overpass: z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/i, 'an http(s) URL')
      .optional(),
    /** Records kept: only those of the profile's EPCIs (by their code_epci) and/or inside the polygon's box. */
    filter: z
      .object({ epci: z.boolean().default(false), bbox: z.boolean().default(true) })
      .strict()
      .optional(),
    /** Column mapping of csv/geojson sources (connectors/mapping.ts). */
    mapping: z.unknown().optional(),
    /** Format-specific options (eco-organismes: profile, acceptedLicence), checked by the format. */
    options: z.record(z.string(), z.unknown()).optional(),
    priority: z.number().int().min(0).max(100).optional(),
    licence: z.string().trim().max(500).optional(),
    attribution: z.string().trim().max(1000).optional(),
    /** Overrides the profile's schedule; `null` runs this source by hand only. */
    schedule: schedule.nullable().optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (!source.url && !source.overpass)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source needs a url (or overpass for osm-overpass)' });
    if (source.url && source.overpass)
      ctx.addIssue({ code: 'custom', path: ['overpass'], message: 'give either url or overpass, not both' });
    if (source.overpass && source.format !== 'osm-overpass')
      ctx.addIssue({ code: 'custom', path: ['overpass'], message: 'overpass is for the osm-overpass format only' });
    if (source.options !== undefined) {
      try {
        parseSourceOptions(source.format, source.options);
      } catch (error) {
        const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
        for (const issue of issues ?? [{ path: [], message: (error as Error).message }])
          ctx.addIssue({ code: 'custom', path: ['options', ...issue.path.map(String)], message: issue.message });
      }
    }
    if (source.mapping !== undefined) {
      try {
        parseMapping(source.mapping);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['mapping'], message: (error as Error).message });
      }
    }
  });

/** A territory profile (territories/<name>.json): one file per territory. */
export const territoryProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** What the file is and where its data comes from, for the next reader. */
    about: z.string().max(2000).optional(),
    epci: z
      .array(
        z
          .object({ siren: z.string().regex(/^\d{9}$/, 'an EPCI is given by its 9-digit SIREN'), name: z.string() })
          .strict(),
      )
      .min(1)
      .max(50),
    communes: z
      .array(
        z
          .object({
            insee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'an INSEE commune code has 5 characters ("50129")'),
            name: z.string().trim().min(1),
          })
          .strict(),
      )
      .min(1),
    /** GeoJSON Polygon (WGS84, [longitude, latitude]), outer ring closed. */
    polygon: z
      .object({
        type: z.literal('Polygon'),
        coordinates: z
          .array(z.array(position).min(4))
          .min(1)
          .refine(
            (rings) => rings.every((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1]),
            { message: 'each ring ends on its first position' },
          ),
      })
      .strict(),
    /** Default schedule of the sources (Europe/Paris). */
    schedule: schedule.default('daily 03:30'),
    sources: z.array(profileSourceSchema).min(1).max(100),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Map<string, number>();
    profile.sources.forEach((source, i) => {
      for (const [what, value] of [
        ['key', source.key],
        ['name', source.name],
      ] as const) {
        const id = `${what}:${value}`;
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['sources', i, what],
            message: `${what} "${value}" is already used by sources.${seen.get(id)}`,
          });
        else seen.set(id, i);
      }
    });
  });

export type TerritoryProfile = z.infer<typeof territoryProfileSchema>;
export type ProfileSource = TerritoryProfile['sources'][number];

/** A validated profile with where it was read from (relative source paths are read from there). */
export interface LoadedProfile extends TerritoryProfile {
  directory: string;
}

/** Reads and validates a profile file; a bad file is refused with each bad field named ("sources.2.format: …"). */
export function loadTerritoryProfile(file: string): LoadedProfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw badInput(
      `${file}: cannot read the territory profile (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'profile',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badInput(`${file}: not JSON (${(error as Error).message})`, 'profile');
  }
  const parsed = territoryProfileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw badInput(`${file}: invalid territory profile:\n  ${problems.join('\n  ')}`, 'profile');
  }
  return { ...parsed.data, directory: path.dirname(path.resolve(file)) };
}

/** The box around the profile's polygon. */
export function polygonBox(profile: TerritoryProfile): NonNullable<SourceFilter['bbox']> {
  const points = profile.polygon.coordinates[0]!;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return { west: Math.min(...lngs), south: Math.min(...lats), east: Math.max(...lngs), north: Math.max(...lats) };
}

/** Whether a point lies inside the profile's outer ring (ray casting; holes are ignored). */
export function insidePolygon(profile: TerritoryProfile, lng: number, lat: number): boolean {
  const ring = profile.polygon.coordinates[0]!;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The filter stored on a profile source's Source. */
export function filterOf(profile: TerritoryProfile, source: ProfileSource): SourceFilter | null {
  const wanted = source.filter ?? { epci: false, bbox: true };
  const filter: SourceFilter = {};
  if (wanted.epci) filter.epci = profile.epci.map((e) => e.siren);
  if (wanted.bbox) filter.bbox = polygonBox(profile);
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The Overpass query URL of the reuse places inside the profile's polygon (connectors/overpass-query.ts). */
export function overpassUrl(profile: TerritoryProfile, endpoint: string): string {
  return overpassQueryUrl(endpoint, { polygon: profile.polygon });
}

/** Where a profile source is read from: its URL, its file (absolute), or its Overpass query. */
export function locationOf(profile: LoadedProfile, source: ProfileSource): string {
  if (source.overpass) return overpassUrl(profile, source.overpass);
  const url = source.url!;
  return /^https?:\/\//i.test(url) ? url : path.resolve(profile.directory, url);
}
