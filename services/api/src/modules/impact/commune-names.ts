import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';

// The territory profile names its communes by INSEE code (territories/cotentin.json, the profile
// `territory sync` reads by default). Declarations keep the code; the public figures show the name.
let names: Map<string, string> | null = null;

/** A commune's name from the territory profile, or null for a code outside it. */
export function communeName(inseeCode: string): string | null {
  if (!names) {
    const file = path.join(repoRoot(), 'territories', 'cotentin.json');
    const profile = JSON.parse(readFileSync(file, 'utf8')) as { communes?: { insee: string; name: string }[] };
    names = new Map((profile.communes ?? []).map((c) => [c.insee, c.name]));
  }
  return names.get(inseeCode) ?? null;
}
