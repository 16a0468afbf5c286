import { Role } from '@convene/domain';
import { execFileSync } from 'node:child_process';
import { GraphqlClient } from '../support/graphql-client';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { enrol, STAGE } from '../support/second-factor';
import { collect, exitOf, runNode } from '../support/server-process';
import { startTestApp, type TestApp } from '../support/test-app';

const NEW_PASSWORD = 'a brand new passphrase 42';

let t: TestApp;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/ensure-built.mjs', 'api'], { stdio: 'inherit' });
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.truncate();
});

/** Runs a built command-line task against the test database, as an operator would while the app runs. */
async function cli(script: string, args: string[]) {
  const child = runNode([`dist/apps/api/src/cli/${script}.js`, ...args], { DATABASE_URL: t.db.url });
  const output = collect(child);
  return { code: await exitOf(child), output: output().trim() };
}

const historyOf = (id: string) =>
  t.db.dataSource.query<{ action: string; actor_id: string | null; changes: Record<string, unknown> }[]>(
    "SELECT action, actor_id, changes FROM history_entries WHERE entity_id = $1 AND action <> 'SIGN_IN' ORDER BY id",
    [id],
  );

describe('npm run admin:create', () => {
  it('records the new administrator in the history as made from the command line', async () => {
    expect(await cli('admin-create', ['--email', 'ops@example.org', '--password', PASSWORD])).toMatchObject({
      code: 0,
    });
    const [user]: { id: string }[] = await t.db.dataSource.query(
      `SELECT id FROM users WHERE email = 'ops@example.org'`,
    );
    expect(await historyOf(user.id)).toEqual([
      {
        action: 'CREATE',
        actor_id: null,
        changes: {
          email: { before: null, after: 'ops@example.org' },
          role: { before: null, after: 'ADMIN' },
          via: { before: null, after: 'command line' },
        },
      },
    ]);
  });
});

describe('npm run admin:recover', () => {
  it('resets an administrator’s password and second factor, ends their sessions, and records it', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    await enrol(admin.client, t, admin.user.id);
    const other = new GraphqlClient(t.url);
    await other.ok(LOGIN, { input: { email: admin.user.email, password: PASSWORD } });
    expect(await other.ok(STAGE)).toEqual({ signInStage: 'SECOND_FACTOR' });
    // Failed attempts of the locked-out administrator are forgotten too.
    await t.db.dataSource.query(
      `INSERT INTO login_failures (email, ip) SELECT $1, '10.0.0.1' FROM generate_series(1, 9)`,
      [admin.user.email],
    );

    expect(
      await cli('admin-recover', ['--email', admin.user.email.toUpperCase(), '--password', NEW_PASSWORD]),
    ).toEqual({
      code: 0,
      output: [
        `Recovered administrator ${admin.user.email}: new password set, two-step sign-in turned off, 2 sessions ended.`,
        'Sign in at http://localhost:3000 and set up two-step sign-in again under Account › Security.',
      ].join('\n'),
    });
    expect(await admin.client.ok(STAGE)).toEqual({ signInStage: 'SIGNED_OUT' });
    expect(await other.ok(STAGE)).toEqual({ signInStage: 'SIGNED_OUT' });
    expect(
      (
        await new GraphqlClient(t.url).errorOf(LOGIN, {
          input: { email: admin.user.email, password: PASSWORD },
        })
      ).code,
    ).toBe('UNAUTHENTICATED');
    const next = new GraphqlClient(t.url);
    await next.ok(LOGIN, { input: { email: admin.user.email, password: NEW_PASSWORD } });
    expect(await next.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });
    expect(
      (
        await t.db.dataSource.query('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1', [
          admin.user.id,
        ])
      )[0].n,
    ).toBe(0);

    const history = await historyOf(admin.user.id);
    expect(history.slice(1)).toEqual([
      {
        action: 'UPDATE',
        actor_id: null,
        changes: {
          secondFactor: { before: 'on', after: 'off' },
          via: { before: null, after: 'command line' },
        },
      },
      {
        action: 'UPDATE',
        actor_id: null,
        changes: {
          password: { before: null, after: 'reset' },
          sessions: { before: 2, after: 'ended' },
          via: { before: null, after: 'command line' },
        },
      },
    ]);
  });

  it('makes a password when none is given, and prints it once', async () => {
    const admin = await createUser(t, { role: Role.ADMIN });
    const result = await cli('admin-recover', ['--email', admin.email]);
    expect(result.code).toBe(0);
    const password = /Their new password \(shown only now\): (\S+)/.exec(result.output)?.[1];
    expect(password).toMatch(/^[\w-]{20}$/);
    await new GraphqlClient(t.url).ok(LOGIN, { input: { email: admin.email, password } });
  });

  it('refuses users who are not administrators, unknown emails, weak passwords and missing arguments; changes nothing', async () => {
    const staff = await createUser(t, { role: Role.STAFF });
    const admin = await createUser(t, { role: Role.ADMIN });
    expect(await cli('admin-recover', ['--email', staff.email, '--password', NEW_PASSWORD])).toEqual({
      code: 1,
      output: `Failed: ${staff.email} is not an administrator. An administrator can help them from the Admin page; this command is for administrators.`,
    });
    expect(await cli('admin-recover', ['--email', 'nobody@example.org', '--password', NEW_PASSWORD])).toEqual(
      {
        code: 1,
        output: 'Failed: No user has the email nobody@example.org.',
      },
    );
    expect(await cli('admin-recover', ['--email', admin.email, '--password', 'short'])).toEqual({
      code: 1,
      output: 'Failed: --password must be at least 12 characters.',
    });
    expect(await cli('admin-recover', [])).toMatchObject({
      code: 1,
      output: expect.stringContaining('--email is required'),
    });
    for (const email of [staff.email, admin.email]) {
      await new GraphqlClient(t.url).ok(LOGIN, { input: { email, password: PASSWORD } });
    }
    // Nothing but the sign-ins just made (the refused commands changed nothing).
    expect(
      await t.db.dataSource.query(
        `SELECT id FROM history_entries WHERE entity_type = 'user' AND action <> 'SIGN_IN'`,
      ),
    ).toEqual([]);
  });
});
