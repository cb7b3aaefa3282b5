// `pnpm reemploi <command>`: operator and staff commands working on the platform's database
// (MONGODB_URI, or the embedded database in REEMPLOI_DATA_DIR).
process.env.TZ = 'Europe/Paris';
// `pnpm reemploi` runs from the repository root: read file arguments from where the user typed it,
// which may be outside the repository (`pnpm --dir <repo> reemploi backup b.jsonl.gz` in /backups), so
// the root is remembered first (config and the embedded database look for it from REEMPLOI_ROOT).
if (process.env.INIT_CWD) {
  process.env.REEMPLOI_ROOT ??= process.cwd();
  process.chdir(process.env.INIT_CWD);
}

import mongoose from 'mongoose';
import { loadConfig } from '../config';
import { connectDatabase } from '../platform';
import { createLogger } from '../shared/logger';
import { commands } from './commands';

const USAGE = `usage: pnpm reemploi <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { embedded } = await connectDatabase(config, logger);
  try {
    return await command.run(args, { config, logger });
  } finally {
    await mongoose.disconnect();
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
