import { renameSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { communeKey } from './network-index';

export interface Point {
  lat: number;
  lng: number;
}

/** A town of commune-positions.json: today's commune or a former one, with its commune's INSEE code. */
export interface Town extends Point {
  name: string;
  commune: string;
  insee: string;
  /** Where the position comes from: shared towns.json, or the geo.api.gouv.fr URL `territory communes` read. */
  source?: string;
  /** When it was taken (YYYY-MM-DD). */
  date?: string;
}

/** The positions file: what it is, and its towns. */
export interface PositionsFile {
  about: string;
  towns: Town[];
}

/** A commune's centre as geo.api.gouv.fr gives it. */
export interface CommuneCentre extends Point {
  insee: string;
  name: string;
}

/**
 * Where communes are, for the network's gaps within 30 km. A commune (name, any case, or INSEE code) has the
 * points of all its towns (Cherbourg-en-Cotentin: its five former communes); a former commune its own.
 */
export class CommunePositions {
  private readonly points = new Map<string, Point[]>();

  constructor(towns: readonly Town[]) {
    for (const town of towns)
      for (const key of new Set([communeKey(town.commune), town.insee, communeKey(town.name)])) {
        const list = this.points.get(key) ?? [];
        list.push({ lat: town.lat, lng: town.lng });
        this.points.set(key, list);
      }
  }

  /** The commune's known points ([] when it has no position). */
  of(commune: string): readonly Point[] {
    return this.points.get(communeKey(commune)) ?? [];
  }
}

/** The positions file shipped with the module, the one `pnpm reemploi territory communes` writes by default. */
export const COMMUNE_POSITIONS_FILE = path.join(
  repoRoot(),
  'services',
  'api',
  'src',
  'modules',
  'organizations',
  'commune-positions.json',
);

let file = COMMUNE_POSITIONS_FILE;
let loaded: { positions: CommunePositions; version: string; file: string } | null = null;

/** Reads another positions file from now on (tests; the API reads the shipped one). */
export function useCommunePositionsFile(other: string = COMMUNE_POSITIONS_FILE): void {
  file = other;
  loaded = null;
}

export const readPositionsFile = (from: string): PositionsFile =>
  JSON.parse(readFileSync(from, 'utf8')) as PositionsFile;

/**
 * The positions of the gaps, read again when the file changes, so positions written by
 * `territory communes` count from the next gaps query on, without a restart.
 */
export function communePositions(): CommunePositions {
  const { ino, mtimeMs, size } = statSync(file);
  const version = `${ino}:${mtimeMs}:${size}`;
  if (!loaded || loaded.file !== file || loaded.version !== version)
    loaded = { positions: new CommunePositions(readPositionsFile(file).towns), version, file };
  return loaded.positions;
}

/**
 * The positions with these centres added: every entry already there is kept as it is (its source and
 * date) unless it is a centre an earlier run read (its source an http(s) URL), which the new answer
 * replaces; a commune that already has a position from elsewhere (a town of towns.json) keeps it.
 */
export function withCentres(
  current: PositionsFile,
  centres: readonly CommuneCentre[],
  source: string,
  date: string,
): { file: PositionsFile; added: number; kept: number } {
  const fetched = (t: Town) => /^https?:\/\//.test(t.source ?? '');
  const answered = new Set(centres.map((c) => c.insee));
  const kept = current.towns.filter((t) => !(fetched(t) && answered.has(t.insee)));
  const located = new Set(kept.map((t) => t.insee));
  const added = centres
    .filter((c) => !located.has(c.insee))
    .map((c) => ({ name: c.name, commune: c.name, insee: c.insee, lat: c.lat, lng: c.lng, source, date }));
  return {
    file: { ...current, towns: [...kept, ...added] },
    added: added.length,
    kept: centres.length - added.length,
  };
}

/** Writes the positions file whole or not at all: a temporary file beside it, then renamed over it. */
export function writePositionsFile(to: string, positions: PositionsFile): void {
  const temporary = path.join(path.dirname(to), `.${path.basename(to)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(positions, null, 2)}\n`);
  renameSync(temporary, to);
}
