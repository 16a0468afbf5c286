import { Role } from '@convene/domain';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../apps/api/src/config/config';
import { createUser, LOGIN, PASSWORD } from '../support/factories';
import { GraphqlClient } from '../support/graphql-client';
import { COMMIT, IMPORT_JOB, uploadAndCheck, type ImportData } from '../support/imports';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * A crash in the middle of a commit leaves nothing half-imported: the real server is killed outright (SIGKILL)
 * while it writes, and after a restart the import reads INTERRUPTED and not one of its records exists.
 */
describe('an import interrupted by a crash', () => {
  let db: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop('SIGKILL');
    await db.drop();
  });

  it('leaves nothing behind and shows as interrupted after the restart', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url });
    const user = await createUser({ db, config }, { role: Role.STAFF });
    const env = { DATABASE_URL: db.url, NODE_ENV: 'test', DASHBOARD_REFRESH_SECONDS: '0' };
    server = await startServerProcess(env);
    const client = new GraphqlClient(server.url);
    await client.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });

    const rows = ['Name,Country'];
    for (let i = 0; i < 30_000; i++) rows.push(`Org ${randomBytes(6).toString('hex')},Kenya`);
    const checked = await uploadAndCheck(
      server.url,
      client,
      'ORGANIZATIONS',
      'big.csv',
      new Uint8Array(Buffer.from(rows.join('\n'))),
    );
    expect(checked.counts.errors).toBe(0);
    await client.ok(
      `mutation($id: ID!) { applyImportBulkChoice(importId: $id, bulk: CREATE_DUPLICATES) { id } }`,
      {
        id: checked.id,
      },
    );

    await client.ok(COMMIT, { i: { importId: checked.id } });
    let seen: ImportData | undefined;
    for (let i = 0; i < 500; i++) {
      seen = (await client.ok<{ importJob: ImportData }>(IMPORT_JOB, { id: checked.id })).importJob;
      if (seen.status !== 'COMMITTING' || seen.progress.written > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen?.status).toBe('COMMITTING');
    await server.stop('SIGKILL');

    server = await startServerProcess(env);
    const again = new GraphqlClient(server.url);
    await again.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });
    let after: ImportData | undefined;
    for (let i = 0; i < 300; i++) {
      after = (await again.ok<{ importJob: ImportData }>(IMPORT_JOB, { id: checked.id })).importJob;
      if (after.status !== 'COMMITTING') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(after).toMatchObject({ status: 'INTERRUPTED', progress: { written: 0 } });
    expect(after?.error).toMatch(/server stopped while working on this import. Nothing was written/);
    const [{ n }] = await db.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM organizations WHERE created_by_id = $1',
      [user.id],
    );
    const [{ h }] = await db.dataSource.query<{ h: number }[]>(
      'SELECT count(*)::int AS h FROM history_entries WHERE import_id = $1',
      [checked.id],
    );
    expect({ n, h }).toEqual({ n: 0, h: 0 });
    // The rows are still there: the importer can commit again.
    await again.ok(COMMIT, { i: { importId: checked.id } });
  }, 240_000);
});
