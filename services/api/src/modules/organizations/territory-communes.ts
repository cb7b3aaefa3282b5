import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { AppError, ErrorCode } from '../../shared/errors';
import { communeKey } from './network-index';

export interface TerritoryCommune {
  insee: string;
  name: string;
}

let communes: {
  list: TerritoryCommune[];
  byCode: Map<string, TerritoryCommune>;
  byName: Map<string, TerritoryCommune>;
};

/** The syndicate's communes (territories/cotentin.json, the profile `territory sync` reads), read once. */
function load() {
  if (!communes) {
    const file = path.join(repoRoot(), 'territories', 'cotentin.json');
    const profile = JSON.parse(readFileSync(file, 'utf8')) as { communes?: TerritoryCommune[] };
    const list = (profile.communes ?? [])
      .map((c) => ({ insee: c.insee, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    communes = {
      list,
      byCode: new Map(list.map((c) => [c.insee, c])),
      byName: new Map(list.map((c) => [communeKey(c.name), c])),
    };
  }
  return communes;
}

/** The territory's communes by name, for a collectivity's territory picker. */
export const territoryCommunes = (): readonly TerritoryCommune[] => load().list;

/** A commune of the territory by its INSEE code, or null for a code outside it. */
export const territoryCommuneOf = (inseeCode: string): TerritoryCommune | null => load().byCode.get(inseeCode) ?? null;

/** A commune of the territory by its INSEE code or its name (any case or accents), or null. */
export const territoryCommuneFor = (entry: string): TerritoryCommune | null =>
  load().byCode.get(entry) ?? load().byName.get(communeKey(entry)) ?? null;

/** A stored territory entry as people read it: an INSEE code of the territory becomes its name. */
export const communeNameOf = (entry: string): string => territoryCommuneOf(entry)?.name ?? entry;

/**
 * A collectivity's territory as INSEE codes of the syndicate's communes: each entry is a code or a name of
 * one (any case or accents). Anything else is refused (BAD_USER_INPUT, problem UNKNOWN_COMMUNE, the
 * entries in `communes`), so a typo never silently shrinks what the collectivity sees.
 */
export function collectivityTerritory(entries: readonly string[]): string[] {
  const { byCode, byName } = load();
  const unknown: string[] = [];
  const codes = entries.map((entry) => {
    const found = byCode.get(entry) ?? byName.get(communeKey(entry));
    if (!found) unknown.push(entry);
    return found?.insee ?? entry;
  });
  if (unknown.length)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Not a commune of the territory: ${unknown.join(', ')}. Give INSEE codes or names of territories/cotentin.json.`,
      { field: 'territory', problem: 'UNKNOWN_COMMUNE', communes: unknown },
    );
  return [...new Set(codes)];
}
