import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { loadConfig } from './config';

describe('configuration checked at start', () => {
  it('lists every invalid variable in one readable message', () => {
    expect(() => loadConfig({ PORT: 'eighty', REEMPLOI_INDEX_POLL_MS: '5', REEMPLOI_DB_TIMEOUT_MS: 'soon' })).toThrow(
      /Invalid configuration:\n {2}PORT: .*\n {2}REEMPLOI_INDEX_POLL_MS: .*\n {2}REEMPLOI_DB_TIMEOUT_MS: /,
    );
  });

  it('makes the server print the problem and exit non-zero before touching the database', () => {
    const root = repoRoot();
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'services/api/src/main.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: 'eighty', MONGODB_URI: 'not a url' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain('PORT:');
    expect(result.stderr).toContain('MONGODB_URI:');
    expect(result.stdout).toBe('');
  });
});
