import type { Config } from '../config';
import type { Logger } from './logger';

/** What a `pnpm reemploi <command>` receives (cli/commands.ts lists the commands). */
export interface CommandContext {
  config: Config;
  logger: Logger;
}

export interface Command {
  summary: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}
