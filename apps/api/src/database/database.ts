import pg from 'pg';
import { ConfigError, type AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the data lives for this process: the server named by DATABASE_URL, or an embedded one we run. */
export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabaseServer(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  onLog?: (line: string) => void,
  options: { shareRunning?: boolean } = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    onLog,
    shareRunning: options.shareRunning,
  });
  return { url: server.url, embedded: true, stop: () => server.stop() };
}

/** Fails with one sentence naming DATABASE_URL (without its password) when the server cannot be used. */
async function assertReachable(url: string): Promise<void> {
  let where: string;
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    throw new ConfigError('Setting DATABASE_URL is invalid: it is not a well-formed postgres:// URL.');
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = describe(error);
    throw new ConfigError(
      `Setting DATABASE_URL is invalid: cannot reach PostgreSQL at ${where} (${reason}).`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'timed out';
    case '28P01':
    case '28000':
      return 'user name or password rejected';
    case '3D000':
      return 'no such database';
    default:
      return e.message?.includes('timeout') ? 'timed out' : (e.code ?? 'connection failed');
  }
}
