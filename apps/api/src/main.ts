import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { openDatabaseServer, type DatabaseServer } from './database/database';
import { prepareDatabase } from './database/prepare';
import { createLogger } from './logging/logger';
import { createServer } from './server';

/**
 * Start-up, in order: validate the configuration; start (or reach) PostgreSQL; apply migrations; only then
 * listen. Any failure stops here with one clear message, and whatever was started is stopped again.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let database: DatabaseServer | undefined;
  let app: NestExpressApplication | undefined;

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'Error while closing the app'));
    await database?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    database = await openDatabaseServer(config, (line) => logger.debug({ postgres: line }));
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    const applied = await prepareDatabase(dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'Applied database migrations');

    app = await createServer({ config, logger, dataSource });
    await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new ConfigError(
          `Setting PORT is invalid: port ${config.port} is already in use; stop the other program or choose another PORT.`,
        );
      }
      throw error;
    });
    const where = database.embedded
      ? `embedded PostgreSQL, data in ${config.dataDir}`
      : 'PostgreSQL from DATABASE_URL';
    console.log(`Convene is running at ${config.publicUrl} (${where}). Press Ctrl-C to stop.`);
  } catch (error) {
    console.error(
      error instanceof ConfigError ? error.message : `Convene could not start: ${(error as Error).message}`,
    );
    if (!(error instanceof ConfigError)) logger.debug({ err: error }, 'Start-up failure');
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
