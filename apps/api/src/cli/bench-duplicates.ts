import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { DuplicateFinderService } from '../duplicates/duplicate-finder.service';
import type { DuplicateKind } from '../duplicates/merge.entity';
import { runCli } from './run-cli';

/**
 * `npm run bench:duplicates`: how long a duplicate scan of every live organisation and person takes, against
 * the baseline of reading the same columns with plain SQL in the same run (the part no design can avoid), and
 * the ratio. Load data first: `npm run demo:generate -- --organizations 100000 --people 300000`.
 */
runCli(async () => {
  const config = loadConfig();
  const server = await openDatabaseServer(config, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const finder = new DuplicateFinderService(dataSource);
    console.log('kind | records | SQL read (ms) | scan (ms) | ratio | pairs | scan RSS growth (MB)');
    for (const kind of ['organization', 'person'] as DuplicateKind[]) {
      const table = kind === 'organization' ? 'organizations' : 'people';
      const columns =
        kind === 'organization' ? 'id, name, acronym, country_code' : 'id, full_name, email, country_code';
      const read = await timed(() =>
        dataSource.query(`SELECT ${columns} FROM ${table} WHERE deleted_at IS NULL`),
      );
      const rssBefore = process.memoryUsage().rss;
      const scan = await finder.scan(kind);
      const rssAfter = process.memoryUsage().rss;
      console.log(
        [
          kind,
          scan.recordCount,
          read.toFixed(0),
          scan.durationMs,
          (scan.durationMs / read).toFixed(1),
          scan.pairs.length,
          ((rssAfter - rssBefore) / 2 ** 20).toFixed(0),
        ].join(' | '),
      );
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
