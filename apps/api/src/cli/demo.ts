import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { generateDemoData } from '../demo/demo-data';
import { insertDemoData } from '../demo/demo-loader';
import { runCli } from './run-cli';

const USAGE = `Usage:
  npm run demo:load                      a realistic, fictional data set (400 organisations, 3,000 people and engagements)
  npm run demo:generate -- --organizations 100000 --people 300000 --engagements 1000000   a large set for benchmarks`;

/**
 * Fills the database (DATABASE_URL, or the embedded one in DATA_DIR, also while the app runs) with demo data.
 * Refuses a database that already holds organisations or people someone entered, unless --force.
 */
runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      organizations: { type: 'string' },
      people: { type: 'string' },
      engagements: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (command !== 'load' && command !== 'generate') throw new Error(USAGE);
  const sizes =
    command === 'load'
      ? { organizations: 400, people: 3_000, engagements: 3_000 }
      : {
          organizations: whole(values.organizations, 'organizations'),
          people: whole(values.people, 'people'),
          engagements: values.engagements ? whole(values.engagements, 'engagements') : 0,
        };

  const config = loadConfig();
  const server = await openDatabaseServer(config, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const [{ n }]: { n: number }[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM organizations WHERE reference_key IS NULL) + (SELECT count(*) FROM people) AS n`,
    );
    if (Number(n) > 0 && !values.force) {
      throw new Error(
        `The database already has ${n} organisations and people of its own; add --force to add demo data anyway.`,
      );
    }
    const started = Date.now();
    const existing: { id: string; kind: string }[] = await dataSource.query(
      `SELECT id, kind FROM organizations WHERE kind IN ('UN_ENTITY', 'MEMBER_STATE') AND deleted_at IS NULL ORDER BY reference_key`,
    );
    const data = generateDemoData(sizes, values.seed ? Number(values.seed) : undefined, existing);
    await dataSource.transaction((manager) => insertDemoData(manager, data));
    await dataSource.query('ANALYZE');
    console.log(
      `Loaded ${data.organizations.length} organisations, ${data.people.length} people, ${data.relationships.length} relationships, ${data.engagements.length} engagements and ${data.followUps.length} follow-ups in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});

function whole(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1 || n > 5_000_000)
    throw new Error(`--${name} must be a whole number from 1 to 5,000,000. ${USAGE}`);
  return n;
}
