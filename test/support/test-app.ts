import type { NestExpressApplication } from '@nestjs/platform-express';
import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config';
import { createServer } from '../../apps/api/src/server';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: TestDatabase;
  config: AppConfig;
  /** Every log line the app wrote, as text: for asserting what must never be logged. */
  logs: string[];
  close(): Promise<void>;
}

/** The whole HTTP app in this process on a free port, on its own migrated database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  // Tests refresh the dashboard's rollups when they mean to (a timer would make figures depend on timing).
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'trace',
    DASHBOARD_REFRESH_SECONDS: '0',
    DASHBOARD_ROLLUPS_FROM: '0', // the rollup tests refresh by hand, on a few hundred engagements
    RETENTION_CHECK_MINUTES: '0', // the retention tests run the job by hand, with their own clock
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger: Logger = pino({ level: 'trace' }, sink);
  const app = await createServer({ config, logger, dataSource: db.dataSource });
  // A test that must know the address before start (a redirect URI) passes PORT; others get a free port.
  await app.listen(env.PORT ? config.port : 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db,
    config,
    logs,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
