// Europe/Paris everywhere: opening hours ("open now", next change) are evaluated in local time.
process.env.TZ = 'Europe/Paris';

import { loadConfig } from './config';
import { createLogger } from './shared/logger';
import { startPlatform } from './platform';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78);
  }
  const logger = createLogger(config.logLevel);
  const platform = await startPlatform(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    platform
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
