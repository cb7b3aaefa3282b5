import path from 'node:path';
import mongoose from 'mongoose';
import type { CommandContext } from '../command';
import { RestoreRefused, backupDatabase, restoreDatabase } from './backup';

// pnpm runs the CLI inside services/api: relative paths are taken from where the operator typed the command.
const resolve = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const USAGE = 'usage: pnpm reemploi backup <file[.gz]>\n       pnpm reemploi restore <file[.gz]> [--replace]\n';

/** `pnpm reemploi backup <file>`: every collection as JSON lines (gzip for .gz). */
export async function runBackupCommand(args: string[], ctx: CommandContext): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = resolve(args[0]!);
  const started = Date.now();
  const counts = await backupDatabase(mongoose.connection.db!, file);
  ctx.logger.info({ file, counts }, 'backup written');
  process.stdout.write(`${JSON.stringify({ file, database: ctx.config.dbName, counts, ms: Date.now() - started })}\n`);
  return 0;
}

/** `pnpm reemploi restore <file> [--replace]`: refuses a non-empty database without --replace. */
export async function runRestoreCommand(args: string[], ctx: CommandContext): Promise<number> {
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  if (files.length !== 1 || files[0]!.startsWith('--')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const started = Date.now();
  try {
    const file = resolve(files[0]!);
    const counts = await restoreDatabase(mongoose.connection.db!, file, { replace });
    process.stdout.write(
      `${JSON.stringify({ file, database: ctx.config.dbName, counts, replaced: replace, ms: Date.now() - started })}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}
