import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOLVERS } from '../app.module';
import { projectRoot } from '../config/project-root';
import { runCli } from './run-cli';

export const SCHEMA_HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

/** Prints the code-first schema to schema.gql, the web app's contract. Needs no database. */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return `${SCHEMA_HEADER}\n${printSchema(schema)}\n`;
}

if (require.main === module) {
  runCli(async () => {
    writeFileSync(join(projectRoot(), 'schema.gql'), await buildSchemaText());
    console.log('Wrote schema.gql');
  });
}
