import 'reflect-metadata';
import { Role } from '@convene/domain';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SessionsService } from '../auth/sessions.service';
import { DomainError, InvalidInputError } from '../common/domain-error';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { openDatabaseServer } from '../database/database';
import { prepareDatabase } from '../database/prepare';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { recordSecurityChange } from '../second-factor/security-history';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { runCli } from './run-cli';

const USAGE = 'Usage: npm run admin:recover -- --email admin@example.org [--password "…"]';

/**
 * For an administrator locked out (lost phone and recovery codes, forgotten password): sets a new password,
 * turns two-step sign-in off, ends every session and clears failed sign-ins. Recorded in the user's history as
 * done from the command line. Only for administrators: they can then help everyone else from the Admin page.
 * Without --password (or CONVENE_ADMIN_PASSWORD), a random password is made and printed once.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' } },
    strict: true,
  });
  const email = values.email?.trim().toLowerCase();
  if (!email) throw new Error(`--email is required. ${USAGE}`);
  const given = values.password ?? process.env.CONVENE_ADMIN_PASSWORD;
  const password = given || randomBytes(15).toString('base64url');

  const config = loadConfig();
  const server = await openDatabaseServer({ ...config }, undefined, { shareRunning: true });
  const dataSource = createDataSource(server.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource);
    const sessions = new SessionsService(dataSource, config);
    const users = new UsersService(dataSource, sessions);
    const secondFactor = new SecondFactorService(dataSource, config);
    const result = await dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new Error(`No user has the email ${email}.`);
      if (user.role !== Role.ADMIN) {
        throw new Error(
          `${email} is not an administrator. An administrator can help them from the Admin page; this command is for administrators.`,
        );
      }
      await users.setPassword(user.id, password, manager);
      const secondFactorWasOn = await secondFactor.disable({ commandLine: true }, user.id, manager);
      const ended = await sessions.revokeAll(user.id, manager);
      await manager.query('DELETE FROM login_failures WHERE email = $1', [email]);
      await recordSecurityChange(
        manager,
        { commandLine: true },
        { type: 'user', id: user.id },
        {
          password: { before: null, after: 'reset' },
          sessions: { before: ended, after: 'ended' },
        },
      );
      return { user, secondFactorWasOn, ended };
    });
    const lines = [
      `Recovered administrator ${result.user.email}: new password set` +
        (result.secondFactorWasOn ? ', two-step sign-in turned off' : '') +
        `, ${result.ended} session${result.ended === 1 ? '' : 's'} ended.`,
    ];
    if (!given) lines.push(`Their new password (shown only now): ${password}`);
    if (result.user.disabledAt)
      lines.push('Note: this account is disabled; another administrator must enable it.');
    lines.push(`Sign in at ${config.publicUrl} and set up two-step sign-in again under Account › Security.`);
    console.log(lines.join('\n'));
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw new Error(`--password ${error.fields[0].message}.`, { cause: error });
    if (error instanceof DomainError) throw new Error(error.message, { cause: error });
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
});
