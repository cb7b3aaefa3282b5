import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import { configWarnings, loadConfig } from './config';

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

  it('builds staff links on the port and host the server listens on unless REEMPLOI_PUBLIC_URL is set', () => {
    expect(loadConfig({ PORT: '4321' }).auth.publicUrl).toBe('http://localhost:4321');
    expect(loadConfig({ PORT: '8080', HOST: 'reemploi.lan' }).auth.publicUrl).toBe('http://reemploi.lan:8080');
    expect(loadConfig({ PORT: '8080', HOST: '::1' }).auth.publicUrl).toBe('http://[::1]:8080');
    expect(loadConfig({ PORT: '8080', REEMPLOI_PUBLIC_URL: 'https://reemploi.example.fr/' }).auth.publicUrl).toBe(
      'https://reemploi.example.fr',
    );
  });

  it('warns in production when REEMPLOI_PUBLIC_URL is unset, and only then', () => {
    const [warning, ...others] = configWarnings(loadConfig({ NODE_ENV: 'production', PORT: '8080' }));
    expect(warning).toMatch(/^REEMPLOI_PUBLIC_URL is not set: .* point at http:\/\/localhost:8080\./);
    expect(others).toEqual([]);
    expect(
      configWarnings(loadConfig({ NODE_ENV: 'production', REEMPLOI_PUBLIC_URL: 'https://reemploi.example.fr' })),
    ).toEqual([]);
    expect(configWarnings(loadConfig({ NODE_ENV: 'development' }))).toEqual([]);
  });
});
