import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { freshDataDir } from '../../../test/support/server-process';

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return (Array.isArray(result) ? (result as pg.QueryResult[]).at(-1) : result)?.rows[0];
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL launcher', () => {
  const dataDir = freshDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('initialises a fresh folder, keeps data between runs, and stops cleanly', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await scalar(first.url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);
    } finally {
      await first.stop();
    }
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await scalar(second.url, 'SELECT v FROM kept')).toEqual({ v: 'still here' });
      expect(await scalar(second.url, `SELECT current_setting('server_encoding') AS e`)).toEqual({
        e: 'UTF8',
      });
      // Extensions later issues rely on (accent-insensitive and fuzzy search) ship with it.
      await scalar(
        second.url,
        'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm',
      );
      expect(await scalar(second.url, `SELECT unaccent('Côte d''Ivoire') AS v`)).toEqual({
        v: "Cote d'Ivoire",
      });
    } finally {
      await second.stop();
    }
  });

  it('keeps its generated password private and out of the connection log', () => {
    const credentials = join(dataDir, 'postgres-credentials.json');
    const { password } = JSON.parse(readFileSync(credentials, 'utf8')) as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).not.toContain(password);
  });

  it('starts over when a previous initialisation failed half-way', async () => {
    const broken = freshDataDir();
    mkdirSync(join(broken, 'postgres'));
    writeFileSync(join(broken, 'postgres', 'leftover'), 'from a failed initdb');
    const server = await startEmbeddedPostgres({ dataDir: broken });
    try {
      expect(await scalar(server.url, 'SELECT 1 AS one')).toEqual({ one: 1 });
    } finally {
      await server.stop();
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('lets a second tool share a running server, and refuses a second server on the same folder', async () => {
    const dir = freshDataDir();
    const owner = await startEmbeddedPostgres({ dataDir: dir });
    try {
      // Simulate another live Convene owning it (the owner file holds a live pid that is not ours).
      writeFileSync(join(dir, 'convene.pid'), String(process.ppid));
      const shared = await startEmbeddedPostgres({ dataDir: dir, shareRunning: true });
      expect(shared.port).toBe(owner.port);
      await shared.stop(); // a no-op for a shared server
      expect(await scalar(owner.url, 'SELECT 1 AS one')).toEqual({ one: 1 });
      await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow(/already using DATA_DIR/);
    } finally {
      await owner.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
