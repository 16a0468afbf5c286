import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { migrations } from '../src/database/migrations';
import { migrationsApplied, runMigrations } from '../src/database/migrate';
import { createTestDatabase } from '../../../test/support/test-database';

describe('migrations', () => {
  it('agree with the entities: a freshly migrated database needs no further change', async () => {
    const db = await createTestDatabase({ migrated: false });
    try {
      expect(await runMigrations(db.dataSource)).toHaveLength(migrations.length);
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      // If this fails, an entity changed without a migration: run `npm run db:generate -- Name`.
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await migrationsApplied(db.dataSource)).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it('roll back as a whole when one fails, leaving no partial schema', async () => {
    class Broken9999999999999 implements MigrationInterface {
      name = 'Broken9999999999999';
      async up(queryRunner: QueryRunner) {
        await queryRunner.query('CREATE TABLE half_done (id int)');
        await queryRunner.query('SELECT * FROM no_such_table');
      }
      async down() {}
    }
    const db = await createTestDatabase({ migrated: false });
    await db.dataSource.destroy();
    const dataSource = createDataSource(db.url, { poolSize: 2 });
    (dataSource.options.migrations as unknown[]).push(Broken9999999999999);
    await dataSource.initialize();
    try {
      await expect(runMigrations(dataSource)).rejects.toThrow(/no_such_table/);
      const tables: { tablename: string }[] = await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
      );
      expect(tables.map((t) => t.tablename)).toEqual(['migrations']);
      expect(await dataSource.query('SELECT * FROM migrations')).toEqual([]);
    } finally {
      await dataSource.destroy();
      (dataSource.options.migrations as unknown[]).pop();
      await db.drop();
    }
  });

  it('run once when two instances start together', async () => {
    const db = await createTestDatabase({ migrated: false });
    const other = createDataSource(db.url, { poolSize: 2 });
    await other.initialize();
    try {
      const [a, b] = await Promise.all([runMigrations(db.dataSource), runMigrations(other)]);
      expect([...a, ...b]).toHaveLength(migrations.length);
      const applied = await db.dataSource.query('SELECT name FROM migrations');
      expect(applied).toHaveLength(migrations.length);
    } finally {
      await other.destroy();
      await db.drop();
    }
  });
});
