import type { DataSource } from 'typeorm';
import { syncReferenceData } from '../reference/reference-sync';
import { runMigrations } from './migrate';

/**
 * Everything that must be true of the database before Convene serves a request: every migration applied, then
 * the reference data of this build in place. Used by start-up, `npm run db:migrate` and the tests' template.
 */
export async function prepareDatabase(dataSource: DataSource): Promise<string[]> {
  const applied = await runMigrations(dataSource).catch((error: unknown) => {
    throw new Error(`A database migration failed, so Convene did not start: ${(error as Error).message}`, {
      cause: error,
    });
  });
  await dataSource.transaction((manager) => syncReferenceData(manager));
  return applied;
}
