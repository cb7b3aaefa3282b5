export { ensureBinary, binaryPath, type Progress } from './binary';
export { startEmbeddedDb, type EmbeddedDb, type StartOptions } from './server';
export { repoRoot } from './repo-root';
