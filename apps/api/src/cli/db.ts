import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/config';
import { projectRoot } from '../config/project-root';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { runMigrations } from '../database/migrate';
import { prepareDatabase } from '../database/prepare';
import { runCli } from './run-cli';

/**
 * `npm run db:migrate`: apply pending migrations.
 * `npm run db:generate -- Name`: write a migration for the difference between the entities and the migrated
 * schema, to read and commit (the same diff the TypeORM CLI computes).
 */
runCli(async () => {
  const [command, name] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'generate') {
    throw new Error('Usage: db.js migrate | db.js generate <Name>');
  }
  if (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
    throw new Error('Give the migration a PascalCase name: npm run db:generate -- AddOrganisations');
  }
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    // Generating compares the entities with the migrations alone; migrating also syncs the reference data.
    const applied =
      command === 'generate' ? await runMigrations(dataSource) : await prepareDatabase(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    if (command === 'generate') {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log('The entities and the migrations agree: nothing to generate.');
        return;
      }
      const file = writeMigration(name, sql.upQueries, sql.downQueries);
      console.log(`Wrote ${file}. Read it before you commit it.`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});

interface Query {
  query: string;
  parameters?: unknown[];
}

/**
 * TypeORM emits a shared enum type once per table that uses it: keep the first CREATE TYPE and, in the down
 * direction, only the last DROP TYPE (after every table using it is gone).
 */
function dedupeEnumTypes(up: Query[], down: Query[]): [Query[], Query[]] {
  const typeOf = (q: Query, verb: string) =>
    new RegExp(`^${verb} TYPE ("[^"]+"\\."[^"]+")`).exec(q.query)?.[1];
  const created = new Set<string>();
  const dedupedUp = up.filter((q) => {
    const type = typeOf(q, 'CREATE');
    if (!type) return true;
    if (created.has(type)) return false;
    created.add(type);
    return true;
  });
  const ordered = [...down].reverse();
  const lastDrop = new Map<string, number>();
  ordered.forEach((q, i) => {
    const type = typeOf(q, 'DROP');
    if (type) lastDrop.set(type, i);
  });
  const dedupedDown = ordered.filter((q, i) => {
    const type = typeOf(q, 'DROP');
    return !type || lastDrop.get(type) === i;
  });
  return [dedupedUp, dedupedDown];
}

function writeMigration(name: string, rawUp: Query[], rawDown: Query[]): string {
  const [up, down] = dedupeEnumTypes(rawUp, rawDown);
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const dir = join(projectRoot(), 'apps/api/src/database/migrations');
  const file = `${timestamp}-${name}.ts`;
  const lines = (queries: Query[]) =>
    queries
      .map((q) => {
        const params = q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : '';
        return `    await queryRunner.query(${JSON.stringify(q.query)}${params});`;
      })
      .join('\n');
  writeFileSync(
    join(dir, file),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
  );
  const index = join(dir, 'index.ts');
  const source = readFileSync(index, 'utf8');
  const withImport = `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n${source}`;
  writeFileSync(
    index,
    withImport.replace(/\[([^\]]*)\];/, (_, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `[${[...items, className].join(', ')}];`;
    }),
  );
  return join('apps/api/src/database/migrations', file);
}
