import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMUNE_POSITIONS_FILE, readPositionsFile, writePositionsFile } from '../src/modules/organizations';

/** The towns of shared/data/cotentin/towns.json, as the shipped positions file holds them. */
export const TOWNS_SOURCE = 'shared/data/cotentin/towns.json';

/**
 * A positions file holding only the towns of shared/data/cotentin/towns.json (22 communes), as the shipped
 * one was before every commune was located: Barfleur, Tamerville and the other small communes have no
 * position in it. For the tests of « position unknown »; point the API at it with `useCommunePositionsFile`.
 */
export function townsOnlyPositionsFile(): string {
  const shipped = readPositionsFile(COMMUNE_POSITIONS_FILE);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'positions-')), 'commune-positions.json');
  writePositionsFile(file, { ...shipped, towns: shipped.towns.filter((t) => t.source?.startsWith(TOWNS_SOURCE)) });
  return file;
}
