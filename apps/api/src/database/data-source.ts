import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** One definition of the data source for the app, the CLI and the tests. `synchronize` is never on. */
export function dataSourceOptions(url: string, options: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    logger: silent,
    extra: { max: options.poolSize ?? 10, application_name: 'convene' },
  };
}

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource(dataSourceOptions(url, options));
}

/** TypeORM prints migration failures itself; we report them once, in our own words (main.ts, cli/db.ts). */
const silent: Logger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
