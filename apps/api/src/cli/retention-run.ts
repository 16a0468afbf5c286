import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service';
import { ErasureService } from '../retention/erasure.service';
import { RetentionService } from '../retention/retention.service';
import { runCli } from './run-cli';

/**
 * `npm run retention:run [-- --now 2030-01-01]`: runs the retention job now (whether or not it is due), with the
 * running app or without it. Prints what it did. `--now` sets the job's clock (for rehearsing a future date).
 */
runCli(async () => {
  const { values } = parseArgs({ options: { now: { type: 'string' } }, strict: true });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error('--now must be a date such as 2030-01-01.');
  const config = loadConfig();
  const server = await openDatabaseServer({ ...config }, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const retention = new RetentionService(
      dataSource,
      new ErasureService(dataSource, new DuplicateFinderService(dataSource)),
    );
    const result = await retention.run({ now, force: true });
    if (!result.ran) {
      console.log('The retention job is running elsewhere (another app instance): nothing done.');
      return;
    }
    console.log(`Retention job ${result.job.lastOutcome?.toLowerCase()} at ${now.toISOString()}.`);
    for (const [kind, done] of Object.entries(result.summary ?? result.job.lastSummary ?? {}))
      console.log(`  ${kind}: ${JSON.stringify(done)}`);
    if (result.job.lastOutcome === 'FAILED')
      throw new Error('the retention job failed; nothing was changed.');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});
