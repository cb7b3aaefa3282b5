import { parseArgs } from 'node:util';
import type { CommandContext } from '../../shared/command';
import { ApiKeyService, type ApiKeyView } from './api-key.service';

export const APIKEY_USAGE = `usage:
  pnpm reemploi apikey create --name <partner> [--origin <https://…>]… [--rate <n/min>] [--territory <commune or INSEE>]… [--admin]
  pnpm reemploi apikey list [--all]
  pnpm reemploi apikey revoke <id or prefix>
  pnpm reemploi apikey usage <id or prefix> [--months <n>]
`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function describe(key: ApiKeyView): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
  const origins = key.origins.length > 0 ? key.origins.join(' ') : '(server-side only)';
  const territory = key.territory.length > 0 ? ` territory=${key.territory.join(',')}` : '';
  const used = key.lastUsedAt ? key.lastUsedAt.toISOString() : 'never';
  return `${key.id}  ${key.prefix}…  ${key.name}  ${state}  ${key.ratePerMinute}/min  scopes=${key.scopes.join(',')}${territory}  origins=${origins}  last used ${used}`;
}

/** `pnpm reemploi apikey …`: create (prints the key once), list, revoke and usage of partner API keys. */
export async function runApiKeyCommand(args: string[], ctx: CommandContext): Promise<number> {
  const [sub, ...rest] = args;
  const service = new ApiKeyService({ defaultRatePerMinute: ctx.config.partners.keyDefaultPerMinute });
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      origin: { type: 'string', multiple: true },
      rate: { type: 'string' },
      territory: { type: 'string', multiple: true },
      admin: { type: 'boolean' },
      all: { type: 'boolean' },
      months: { type: 'string' },
    },
  });
  switch (sub) {
    case 'create': {
      const rate = values.rate === undefined ? undefined : Number(values.rate);
      const result = await service.create({
        name: values.name ?? '',
        origins: values.origin ?? [],
        ratePerMinute: rate,
        territory: (values.territory ?? []).flatMap((t) => t.split(',')).filter(Boolean),
        scopes: values.admin ? ['READ', 'ADMIN'] : ['READ'],
        createdBy: 'cli',
      });
      if (!result.ok) {
        for (const problem of result.problems) err(`${problem.field}: ${problem.message}`);
        return 2;
      }
      out(describe(result.apiKey));
      out('');
      out(`API key (shown once, store it now): ${result.secret}`);
      return 0;
    }
    case 'list': {
      const keys = await service.list({ includeRevoked: values.all ?? false });
      if (keys.length === 0) out('no API keys');
      for (const key of keys) out(describe(key));
      return 0;
    }
    case 'revoke': {
      if (!positionals[0]) break;
      out(describe(await service.revoke(positionals[0])));
      return 0;
    }
    case 'usage': {
      const key = positionals[0] ? await service.find(positionals[0]) : null;
      if (!key) break;
      const usage = await service.usage(key.id, values.months ? Number(values.months) : 12);
      out(describe(key));
      for (const month of usage) out(`${month.month}  ${month.requests} requests  ${month.rateLimited} rate-limited`);
      return 0;
    }
  }
  err(APIKEY_USAGE);
  return 2;
}
