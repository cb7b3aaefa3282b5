import { existsSync } from 'node:fs';
import path from 'node:path';

/** Finds the monorepo root (the folder holding pnpm-workspace.yaml), from REEMPLOI_ROOT or the working directory upwards. */
export function repoRoot(start: string = process.env.REEMPLOI_ROOT ?? process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Réemploi repository root above ${start}`);
    dir = parent;
  }
}
