import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';
import { buildSchemaText } from '../graphql/schema-text';
import { runCli } from './run-cli';

/** `npm run schema:print`: writes schema.gql (a test fails when the committed file is stale). */
runCli(async () => {
  writeFileSync(join(projectRoot(), 'schema.gql'), await buildSchemaText());
  console.log('Wrote schema.gql');
});
