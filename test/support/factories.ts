import { RiskLevel, Role } from '@convene/domain';
import { randomBytes } from 'node:crypto';
import { SessionsService } from '../../apps/api/src/auth/sessions.service';
import type { UserEntity } from '../../apps/api/src/users/user.entity';
import { UsersService } from '../../apps/api/src/users/users.service';
import { GraphqlClient } from './graphql-client';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

/** A user straight through the service (the way the CLI makes one), with a unique email. */
export async function createUser(
  app: Pick<TestApp, 'db' | 'config'>,
  overrides: Partial<{
    email: string;
    role: Role;
    displayName: string;
    password: string;
    clearance: RiskLevel;
  }> = {},
): Promise<UserEntity> {
  counter += 1;
  const users = new UsersService(app.db.dataSource, new SessionsService(app.db.dataSource, app.config));
  return users.create({
    email: overrides.email ?? `user${counter}-${randomBytes(3).toString('hex')}@example.org`,
    displayName: overrides.displayName ?? `Test User ${counter}`,
    role: overrides.role ?? Role.STAFF,
    password: overrides.password ?? PASSWORD,
    clearance: overrides.clearance,
  });
}

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id email role } }`;

/** A client signed in as a new user of `role`. */
export async function signedIn(app: TestApp, role: Role = Role.STAFF, clearance?: RiskLevel) {
  const user = await createUser(app, { role, clearance });
  const client = new GraphqlClient(app.url);
  await client.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });
  return { user, client };
}
