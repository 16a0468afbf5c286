import type { DataSource } from 'typeorm';

/** Any constant works; it only has to be the same for every Convene process sharing a database. */
const MIGRATION_LOCK = 72_2023_1130;

/**
 * Applies pending migrations in one transaction, holding an advisory lock so two instances starting together
 * do not race. A failure rolls everything back and is thrown: start-up stops rather than boot half-migrated.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** True when the database has every migration this build knows. */
export async function migrationsApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
