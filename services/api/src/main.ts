// Europe/Paris everywhere: opening hours ("open now", next change) are evaluated in local time.
process.env.TZ = 'Europe/Paris';

import { configWarnings, loadConfig } from './config';
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
  for (const warning of configWarnings(config)) logger.warn(warning);
  const platform = await startPlatform(config, logger);
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    // A second signal, or a drain that overruns its budget, ends the process at once.
    if (shuttingDown) process.exit(1);
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const { shutdownDelayMs, drainTimeoutMs } = config.operations;
    setTimeout(
      () => {
        logger.error('shutdown overran its budget; exiting');
        process.exit(1);
      },
      shutdownDelayMs + drainTimeoutMs + 15_000,
    ).unref();
    platform
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
