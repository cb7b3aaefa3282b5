import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';

const SRC = () => path.join(repoRoot(), 'services', 'api', 'src');

/** GraphQL SDL files of the source tree, joined (`shared/schema.graphql`, `modules/<m>/schema.graphql`). */
export const sdlFiles = (...files: string[]) =>
  files.map((file) => readFileSync(path.join(SRC(), file), 'utf8')).join('\n');

/** A module's SDL files (services/api/src/modules/<module>/<file>). */
export const moduleSdl = (module: string, ...files: string[]) =>
  sdlFiles(...files.map((f) => `modules/${module}/${f}`));
