import { z } from 'zod';
import {
  COMMUNE_POSITIONS_FILE,
  readPositionsFile,
  withCentres,
  writePositionsFile,
  type CommuneCentre,
  type PositionsFile,
} from '../../organizations';
import { httpGetJson } from '../connectors/http-get';
import type { FederationConfig } from '../federation-config';
import type { TerritoryProfile } from './territory-profile';

/** The official geographic API (Etalab): communes of an EPCI with their centre. */
export const GEO_API_URL = 'https://geo.api.gouv.fr';

// Its documented answer: [{"nom","code","centre":{"type":"Point","coordinates":[lng,lat]}}].
const answerSchema = z
  .array(
    z.object({
      nom: z.string().trim().min(1).max(200),
      code: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'an INSEE code'),
      centre: z.object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      }),
    }),
  )
  .min(1, 'no commune: is the EPCI SIREN right?');

export interface CommunesResult {
  file: string;
  /** Communes answered, over every EPCI of the profile. */
  communes: number;
  /** Centres written (communes without a position from elsewhere). */
  added: number;
  /** Communes answered that keep the position they had from elsewhere (towns.json). */
  kept: number;
  /** Communes of the profile no EPCI answer lists (they stay without a position). */
  missing: string[];
}

/** The centres of one EPCI's communes, or an error naming the URL and what is wrong in its answer. */
async function centresOf(base: string, siren: string, federation: FederationConfig): Promise<CommuneCentre[]> {
  const url = `${base.replace(/\/+$/, '')}/communes?codeEpci=${siren}&fields=code,nom,centre&format=json`;
  const body = await httpGetJson(url, {
    policy: federation.urlPolicy,
    maxBytes: 10 * 1024 * 1024,
    timeoutMs: federation.fetchTimeoutMs,
  });
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${url} did not answer communes with their centre (${issue.path.join('.') || 'answer'}: ${issue.message})`,
    );
  }
  return parsed.data.map((c) => ({
    insee: c.code,
    name: c.nom,
    lng: c.centre.coordinates[0],
    lat: c.centre.coordinates[1],
  }));
}

/** The file to update, or the shipped one when it does not exist yet (a first `--out`). */
function currentPositions(file: string): PositionsFile {
  try {
    return readPositionsFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return readPositionsFile(COMMUNE_POSITIONS_FILE);
  }
}

/**
 * `territory communes`: fetches the centre of every commune of the profile's EPCIs and adds those without a
 * position to the positions file (every EPCI is read before anything is written; the file is replaced whole).
 */
export async function fetchCommuneCentres(
  profile: TerritoryProfile,
  options: { federation: FederationConfig; api?: string; file?: string; today?: Date },
): Promise<CommunesResult> {
  const base = options.api ?? GEO_API_URL;
  const file = options.file ?? COMMUNE_POSITIONS_FILE;
  const date = (options.today ?? new Date()).toISOString().slice(0, 10);
  let next = currentPositions(file);
  let added = 0;
  let kept = 0;
  const answered = new Set<string>();
  const answers: { siren: string; centres: CommuneCentre[] }[] = [];
  for (const { siren } of profile.epci)
    answers.push({ siren, centres: await centresOf(base, siren, options.federation) });
  for (const { siren, centres } of answers) {
    const source = `${base.replace(/\/+$/, '')}/communes?codeEpci=${siren} (centre)`;
    const merged = withCentres(next, centres, source, date);
    next = merged.file;
    added += merged.added;
    kept += merged.kept;
    for (const c of centres) answered.add(c.insee);
  }
  writePositionsFile(file, next);
  return {
    file,
    communes: answered.size,
    added,
    kept,
    missing: (profile.communes ?? []).filter((c) => !answered.has(c.insee)).map((c) => c.name),
  };
}
