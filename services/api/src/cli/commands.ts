import type { Command, CommandContext } from '../shared/command';
import { seedDemoPlaces } from '../modules/places';
import { runApiKeyCommand } from '../modules/partners';
import { runUserCommand } from '../modules/auth';
import { runBackupCommand, runRestoreCommand } from '../shared/backup/backup.command';
import { runImportCommand, runTerritoryCommand } from '../modules/federation';

export type { Command, CommandContext };

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
  user: {
    summary: 'staff accounts: create (prints a one-time password link), link, list, disable, enable',
    run: runUserCommand,
  },
  backup: {
    summary: 'write every collection to <file> as JSON lines (gzip when it ends in .gz)',
    run: runBackupCommand,
  },
  restore: {
    summary: 'restore <file> into an empty database (--replace drops the current data first)',
    run: runRestoreCommand,
  },
  import: {
    summary:
      'import a source file or URL: --format <lvao-csv|data-inclusion|osm-overpass|sinoe|csv|geojson> --source <name> [--json] <file-or-url>',
    run: runImportCommand,
  },
  territory: {
    summary:
      "territory sync [--only <source key>] [--json] [--profile <file.json>]: import every source of territories/cotentin.json; territory communes [--profile <file.json>]: fetch the communes' centres for the network gaps",
    run: runTerritoryCommand,
  },
};
