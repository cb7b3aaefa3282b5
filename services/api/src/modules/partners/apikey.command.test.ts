import { useTestDatabase } from '../../../test/db';
import { commands } from '../../cli/commands';
import { loadConfig } from '../../config';
import { createLogger } from '../../shared/logger';
import { ApiKeyModel } from './api-key.model';
import { ApiKeyService } from './api-key.service';
import { hashSecret } from './api-key-secret';

const ctx = { config: loadConfig({ NODE_ENV: 'test' }), logger: createLogger('silent') };

/** Runs `pnpm reemploi apikey …` in process and returns its exit code and output. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await commands.apikey!.run(args, ctx);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('pnpm reemploi apikey', () => {
  useTestDatabase();

  it('creates a key, prints it once and stores only its SHA-256', async () => {
    const { code, stdout } = await run(
      'create',
      '--name',
      'Office de tourisme',
      '--origin',
      'https://www.encotentin.example/',
      '--rate',
      '120',
      '--territory',
      'Valognes,50615',
    );
    expect(code).toBe(0);
    const secret = /API key \(shown once, store it now\): (rmp_live_\S+)/.exec(stdout)![1]!;
    expect(secret).toHaveLength(52);
    const stored = await ApiKeyModel.findOne({ name: 'Office de tourisme' }).lean();
    expect(stored).toMatchObject({
      hash: hashSecret(secret),
      origins: ['https://www.encotentin.example'],
      ratePerMinute: 120,
      territory: ['Valognes', '50615'],
    });
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored!.prefix).toBe(secret.slice(0, 15));
  });

  it('lists keys by prefix without ever showing a secret', async () => {
    const { code, stdout } = await run('list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/rmp_live_[\w-]{6}… {2}Office de tourisme {2}active {2}120\/min/);
    expect(stdout).not.toMatch(/rmp_live_[\w-]{43}/);
  });

  it('refuses an origin with a path and explains the expected form', async () => {
    const { code, stderr } = await run('create', '--name', 'Commune', '--origin', 'https://commune.example/page');
    expect(code).toBe(2);
    expect(stderr).toMatch(/origins\.0: .*is not an origin like https:\/\/www\.example\.fr/);
  });

  it('revokes a key by its prefix and shows monthly usage', async () => {
    const key = await ApiKeyModel.findOne({ name: 'Office de tourisme' }).lean();
    const revoked = await run('revoke', key!.prefix);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/revoked 20\d\d-/);
    const usage = await run('usage', key!._id.toString());
    expect(usage.code).toBe(0);
    expect(usage.stdout).toContain('Office de tourisme');
  });

  it('refuses a prefix that several keys share (CONFLICT, AMBIGUOUS_KEY_PREFIX) and names the way out', async () => {
    await run('create', '--name', 'Doublon A');
    await run('create', '--name', 'Doublon B');
    await ApiKeyModel.updateMany({ name: /^Doublon/ }, { $set: { prefix: 'rmp_live_shared' } });
    const keys = new ApiKeyService({ defaultRatePerMinute: 100 });
    await expect(keys.find('rmp_live_shared')).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'AMBIGUOUS_KEY_PREFIX',
      message: expect.stringContaining('use the key id'),
    });
  });

  it('prints its usage for an unknown subcommand', async () => {
    const { code, stderr } = await run('rotate');
    expect(code).toBe(2);
    expect(stderr).toContain('pnpm reemploi apikey create --name <partner>');
  });
});
