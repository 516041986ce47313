// Entry point: `npm start` / `npm run dev`.
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { limitHeapGrowth } from './server/heapGrowth';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  limitHeapGrowth();
  const app = await createApp(config);
  // Stack traces belong in the JSON log, never raw on stderr.
  process.on('unhandledRejection', (err: unknown) => app.logger.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err: Error) => {
    app.logger.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  await app.start();

  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        app.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Innovasjonsbot failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
