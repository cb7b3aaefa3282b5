import type { Config } from '../config';
import type { Logger } from '../shared/logger';
import { seedDemoPlaces } from '../modules/places/seed-demo-places';
import { runApiKeyCommand } from '../modules/partners/apikey.command';

export interface CommandContext {
  config: Config;
  logger: Logger;
}

export interface Command {
  summary: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}

/** Every CLI command, by name. Each domain module adds its own here. */
export const commands: Record<string, Command> = {
  seed: {
    summary: 'load the Cotentin demo data (idempotent: never duplicates, never overwrites edits)',
    async run() {
      const result = await seedDemoPlaces();
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    },
  },
  apikey: {
    summary: 'partner API keys: create (prints the key once), list, revoke, usage',
    run: runApiKeyCommand,
  },
};
