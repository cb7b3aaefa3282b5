import { createHash } from 'node:crypto';

/**
 * Digests of raw rows under a key (whatever besides the row decides what it becomes: the run's salt, the
 * connector's reading version, the file's header): 128 bits of SHA-256, so that no one can write a changed
 * row that passes for one already stored.
 */
export function rowDigester(key: readonly unknown[]): (text: string) => string {
  const base = createHash('sha256').update(JSON.stringify(key)).update('\n');
  return (text) => base.copy().update(text).digest('base64url').slice(0, 22);
}
