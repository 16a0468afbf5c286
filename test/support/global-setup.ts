import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

const TEMPLATE_DB = 'convene_test_template';

/**
 * One PostgreSQL for the whole run: the embedded one in a fresh folder, or the server in DATABASE_URL.
 * The schema is migrated once, by the production migration command, into a template each test file copies.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '';
    serverUrl = url.toString().replace(/\/$/, '');
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'convene-test-'));
    chmodSync(dataDir, 0o755); // as root, the postgres user must be able to enter it
    const server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    (globalThis as { __conveneTestPg?: EmbeddedPostgres }).__conveneTestPg = server;
    (globalThis as { __conveneTestDir?: string }).__conveneTestDir = dataDir;
    serverUrl = server.serverUrl;
  }
  process.env.CONVENE_TEST_SERVER_URL = serverUrl;

  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();

  // Migrate with the production command itself (built first if the sources changed).
  execFileSync(process.execPath, ['scripts/ensure-built.mjs', 'api'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/apps/api/src/cli/db.js', 'migrate'], {
    env: { ...process.env, DATABASE_URL: `${serverUrl}/${TEMPLATE_DB}` },
    stdio: 'pipe',
  });
}
