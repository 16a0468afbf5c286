import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { GraphqlClient } from '../support/graphql-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { collect, exitOf, freshDataDir, MAIN, runNode, startServerProcess } from '../support/server-process';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/ensure-built.mjs', 'api'], { stdio: 'inherit' });
});

const PASSWORD = 'correct horse battery staple';
const SETUP = 'mutation($i: CreateFirstAdminInput!) { createFirstAdmin(input: $i) { id } }';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the server process with the embedded PostgreSQL', () => {
  const dataDir = freshDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on an empty folder, keeps data across a restart, and Ctrl-C leaves no process behind', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    expect(first.output()).toMatch(/Convene is running at http:\/\/localhost:\d+ \(embedded PostgreSQL/);
    await new GraphqlClient(first.url).ok(SETUP, {
      i: { email: 'ana@example.org', displayName: 'Ana', password: PASSWORD },
    });
    const postgresPid = Number(
      readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    expect(isAlive(postgresPid)).toBe(true);

    expect(await first.stop('SIGINT')).toBe(0);
    expect(isAlive(postgresPid)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    const client = new GraphqlClient(second.url);
    expect(await client.ok('{ setupStatus { needsFirstAdmin } }')).toEqual({
      setupStatus: { needsFirstAdmin: false },
    });
    await client.ok('mutation($i: LoginInput!) { login(input: $i) { id } }', {
      i: { email: 'ana@example.org', password: PASSWORD },
    });
    expect(await second.stop('SIGTERM')).toBe(0);
  });

  it('serves the web app and the API on one port', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const page = await fetch(`${server.url}/some/page`, { headers: { accept: 'text/html' } });
      expect([200, 503]).toContain(page.status); // 503 says the web app is not built yet, with the command to run
      if (page.status === 200) expect(await page.text()).toMatch(/<div id="root">/);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('recovers from a server left running by a killed process', async () => {
    const crashed = await startServerProcess({ DATA_DIR: dataDir });
    const postgresPid = Number(
      readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    crashed.child.kill('SIGKILL');
    await exitOf(crashed.child);
    expect(isAlive(postgresPid)).toBe(true); // orphaned

    const next = await startServerProcess({ DATA_DIR: dataDir });
    expect(isAlive(postgresPid)).toBe(false);
    expect(await next.stop()).toBe(0);
  });
});

describe('the server process with DATABASE_URL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
    await db.dataSource.destroy();
  });
  afterAll(() => db.drop());

  it('migrates that database before listening and embeds nothing', async () => {
    const dataDir = freshDataDir();
    const server = await startServerProcess({ DATABASE_URL: db.url, DATA_DIR: dataDir });
    try {
      expect(server.output()).toMatch(/PostgreSQL from DATABASE_URL/);
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM migrations');
      await client.end();
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('start-up failures stop with one clear sentence', () => {
  async function failedStart(env: Record<string, string>) {
    const child = runNode([MAIN], env);
    const output = collect(child);
    const code = await exitOf(child);
    return { code, output: output().trim() };
  }

  it('names a bad PORT', async () => {
    const result = await failedStart({ PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.output).toBe('Setting PORT is invalid: must be a whole number from 1 to 65535.');
  });

  it('names an unreachable DATABASE_URL without revealing its password', async () => {
    const result = await failedStart({
      DATABASE_URL: 'postgres://convene:s3cret@127.0.0.1:1/convene',
      PORT: '3999',
    });
    expect(result.code).toBe(1);
    expect(result.output).toBe(
      'Setting DATABASE_URL is invalid: cannot reach PostgreSQL at 127.0.0.1:1/convene (connection refused).',
    );
  });

  it('refuses to boot on a schema a migration could not complete, and leaves nothing half-applied', async () => {
    const db = await createTestDatabase({ migrated: false });
    try {
      // A table in the way makes the first migration fail part-way through.
      await db.dataSource.query('CREATE TABLE sessions (id int)');
      const result = await failedStart({ DATABASE_URL: db.url, PORT: '3998' });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /^Convene could not start: A database migration failed, so Convene did not start: .*sessions.* already exists/,
      );
      const tables: { tablename: string }[] = await db.dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      );
      // Only the (empty) bookkeeping table TypeORM creates before the migration transaction remains.
      expect(tables.map((t) => t.tablename)).toEqual(['migrations', 'sessions']);
      expect(await db.dataSource.query('SELECT * FROM migrations')).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});

describe('npm run admin:create', () => {
  it('creates an administrator from the command line and refuses bad input clearly', async () => {
    const db = await createTestDatabase();
    await db.dataSource.destroy();
    try {
      const run = async (args: string[]) => {
        const child = runNode(['dist/apps/api/src/cli/admin-create.js', ...args], { DATABASE_URL: db.url });
        const output = collect(child);
        return { code: await exitOf(child), output: output().trim() };
      };
      expect(
        await run(['--email', 'ops@example.org', '--password', PASSWORD, '--name', 'Operations']),
      ).toEqual({
        code: 0,
        output: 'Created administrator ops@example.org. Sign in at http://localhost:3000.',
      });
      expect(await run(['--email', 'ops@example.org', '--password', PASSWORD])).toEqual({
        code: 1,
        output: 'Failed: --email already belongs to a user.',
      });
      expect(await run(['--email', 'x@example.org', '--password', 'short'])).toEqual({
        code: 1,
        output: 'Failed: --password must be at least 12 characters.',
      });
      expect(await run(['--email', 'not-an-email', '--password', PASSWORD])).toMatchObject({
        code: 1,
        output: expect.stringContaining('--email must be an email address'),
      });
      expect(await run([])).toMatchObject({
        code: 1,
        output: expect.stringContaining('--email and --password are required'),
      });

      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('SELECT email, role, password_hash FROM users');
      await client.end();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        email: 'ops@example.org',
        role: 'ADMIN',
        password_hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/),
      });
    } finally {
      await db.drop();
    }
  });
});
