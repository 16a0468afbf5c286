import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SEARCH_TERM_SIMILARITY, SEARCH_WORD_SIMILARITY } from '../search/search-threshold';

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
    extra: {
      max: options.poolSize ?? 10,
      application_name: 'convene',
      // The similarities from which search's `<%` and `%` match (pg_trgm reads them per session).
      options: `-c pg_trgm.word_similarity_threshold=${SEARCH_WORD_SIMILARITY} -c pg_trgm.similarity_threshold=${SEARCH_TERM_SIMILARITY}`,
    },
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
