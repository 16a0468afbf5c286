import 'reflect-metadata';
import { Role } from '@convene/domain';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { DomainError, InvalidInputError } from '../common/domain-error';
import { CreateFirstAdminInput } from '../users/dto/user.inputs';
import { UsersService } from '../users/users.service';
import { SessionsService } from '../auth/sessions.service';
import { runCli } from './run-cli';
import { recordSecurityChange } from '../second-factor/security-history';

const USAGE = 'Usage: npm run admin:create -- --email you@example.org --password "…" [--name "Your Name"]';

/**
 * Creates an administrator without the web page, for scripts and operators. Works whether or not the app is
 * running (it joins the running embedded server), and whether or not other users exist.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const password = values.password ?? process.env.CONVENE_ADMIN_PASSWORD;
  if (!values.email || !password) throw new Error(`--email and --password are required. ${USAGE}`);

  const input = plainToInstance(CreateFirstAdminInput, {
    email: values.email,
    password,
    displayName: values.name ?? values.email.split('@')[0],
  });
  const errors = await validate(input);
  if (errors.length) {
    const [first] = errors;
    throw new Error(
      `--${first.property === 'displayName' ? 'name' : first.property} ${Object.values(first.constraints ?? {})[0]}.`,
    );
  }

  const config = loadConfig();
  const server = await openDatabaseServer({ ...config }, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const users = new UsersService(dataSource, new SessionsService(dataSource, config));
    const user = await dataSource.transaction(async (manager) => {
      const created = await users.create({ ...input, role: Role.ADMIN }, manager);
      await recordSecurityChange(
        manager,
        { commandLine: true },
        { type: 'user', id: created.id },
        { email: { before: null, after: created.email }, role: { before: null, after: created.role } },
        'CREATE',
      );
      return created;
    });
    console.log(`Created administrator ${user.email}. Sign in at ${config.publicUrl}.`);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const [field] = error.fields;
      const flag = field.field === 'displayName' ? 'name' : field.field;
      throw new Error(`--${flag} ${field.message}.`, { cause: error });
    }
    if (error instanceof DomainError) throw new Error(error.message, { cause: error });
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});
