import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../apps/api/src/database/data-source';

export const TEMPLATE_DB = 'convene_test_template';

/** Tables truncate() keeps: the migration record and the reference data (countries, themes …). */
const KEEP_TABLES = [
  'migrations',
  'countries',
  'm49_regions',
  'global_south_classifications',
  'themes',
  'policy_processes',
  'settings',
  'retention_policies',
  'scheduled_jobs',
];

export interface TestDatabase {
  name: string;
  url: string;
  dataSource: DataSource;
  /** Empties every table but the migration record and reference data: isolation between tests of one file. */
  truncate(): Promise<void>;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env.CONVENE_TEST_SERVER_URL;
  if (!url)
    throw new Error('CONVENE_TEST_SERVER_URL is not set: run through jest (globalSetup starts PostgreSQL)');
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${testServerUrl()}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database copied from the migrated template: each test file gets its own. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `convene_test_${randomBytes(6).toString('hex')}`;
  const template = options.migrated === false ? 'template0' : TEMPLATE_DB;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = `${testServerUrl()}/${name}`;
  const dataSource = createDataSource(url, { poolSize: 5 });
  await dataSource.initialize();
  return {
    name,
    url,
    dataSource,
    async truncate() {
      const tables: { tablename: string }[] = await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
        [KEEP_TABLES],
      );
      if (tables.length) {
        // Replica mode skips the history's append-only trigger: for tests only.
        await dataSource.transaction(async (manager) => {
          await manager.query('SET LOCAL session_replication_role = replica');
          await manager.query(
            `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
          );
        });
      }
    },
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
