import { Role } from '@convene/domain';
import { GraphqlClient } from '../support/graphql-client';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SETUP_STATUS = `{ setupStatus { needsFirstAdmin } }`;
const ME = `{ me { id email role displayName } }`;
const CREATE_FIRST_ADMIN = `mutation Setup($input: CreateFirstAdminInput!) { createFirstAdmin(input: $input) { id email role } }`;
const LOGOUT = `mutation { logout }`;
const USERS = `query Users($first: Int, $filter: UserFilter) { users(first: $first, filter: $filter) { totalCount edges { node { id email role version disabledAt } } pageInfo { hasNextPage endCursor } } }`;
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email role url expiresAt } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { email role } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email role } }`;
const CHANGE_ROLE = `mutation Role($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role version } }`;
const DISABLE = `mutation Disable($input: SetUserDisabledInput!) { disableUser(input: $input) { id disabledAt version } }`;
const ENABLE = `mutation Enable($input: SetUserDisabledInput!) { enableUser(input: $input) { id disabledAt version } }`;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.truncate();
});

const countUsers = async () => Number((await t.db.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);

describe('what the signed-in user may do', () => {
  it('is listed in me.permissions, from the access policy', async () => {
    const { client: viewer } = await signedIn(t, Role.VIEWER);
    const { me } = await viewer.ok<{ me: { permissions: string[] } }>(`{ me { permissions } }`);
    expect(me.permissions).toContain('register.read');
    expect(me.permissions).toContain('engagements.read-all');
    expect(me.permissions).not.toContain('register.write');
    const { client: staff } = await signedIn(t, Role.STAFF);
    const staffMe = await staff.ok<{ me: { permissions: string[] } }>(`{ me { permissions } }`);
    expect(staffMe.me.permissions).toEqual(expect.arrayContaining(['register.write', 'protection.manage']));
    expect(staffMe.me.permissions).not.toContain('users.manage');
  });
});

describe('colleagues one may hand work to', () => {
  const COLLEAGUES = `{ colleagues { id displayName } }`;

  it('lists enabled users by name without email or role; the Core Group sees only its own network', async () => {
    const { client: staff, user: me } = await signedIn(t, Role.STAFF);
    const zoe = await createUser(t, { role: Role.STAFF, displayName: 'Zoé Martin' });
    const ana = await createUser(t, { role: Role.VIEWER, displayName: 'ana Diallo' });
    const gone = await createUser(t, { role: Role.STAFF, displayName: 'Gone User' });
    await t.db.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.id]);
    const { colleagues } = await staff.ok<{ colleagues: { id: string; displayName: string }[] }>(COLLEAGUES);
    expect(colleagues.map((c) => c.displayName)).toEqual(['ana Diallo', me.displayName, 'Zoé Martin']);
    expect(colleagues.find((c) => c.id === zoe.id)).toEqual({ id: zoe.id, displayName: 'Zoé Martin' });
    expect(colleagues.some((c) => c.id === ana.id)).toBe(true);

    const network = (
      await t.db.dataSource.query(
        `INSERT INTO organizations (name, kind) VALUES ('Sahel Youth Peace Network', 'CSO_NETWORK') RETURNING id`,
      )
    )[0].id as string;
    const core = await signedIn(t, Role.CORE_GROUP);
    const peer = await createUser(t, { role: Role.CORE_GROUP, displayName: 'Peer Member' });
    await t.db.dataSource.query('UPDATE users SET organization_id = $1 WHERE id = ANY($2)', [
      network,
      [core.user.id, peer.id],
    ]);
    const seen = await core.client.ok<{ colleagues: { id: string }[] }>(COLLEAGUES);
    expect(seen.colleagues.map((c) => c.id).sort()).toEqual([core.user.id, peer.id].sort());

    const { client: viewer } = await signedIn(t, Role.VIEWER);
    expect((await viewer.errorOf(COLLEAGUES)).code).toBe('FORBIDDEN');
  });
});

describe('first-run setup', () => {
  it('creates the first administrator once, signs them in with an HttpOnly SameSite cookie', async () => {
    const browser = new GraphqlClient(t.url);
    expect(await browser.ok(SETUP_STATUS)).toEqual({ setupStatus: { needsFirstAdmin: true } });

    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: CREATE_FIRST_ADMIN,
        variables: { input: { email: ' Ana@Example.org ', displayName: 'Ana', password: PASSWORD } },
      }),
    });
    const body = (await response.json()) as { data: { createFirstAdmin: { email: string; role: string } } };
    expect(body.data.createFirstAdmin).toMatchObject({ email: 'ana@example.org', role: 'ADMIN' });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('convene_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);

    const token = cookie!.split(';')[0].split('=')[1];
    browser.setCookie('convene_session', token);
    expect((await browser.ok<{ me: { email: string } }>(ME)).me.email).toBe('ana@example.org');
    expect(await browser.ok(SETUP_STATUS)).toEqual({ setupStatus: { needsFirstAdmin: false } });

    const again = await new GraphqlClient(t.url).errorOf(CREATE_FIRST_ADMIN, {
      input: { email: 'eve@example.org', displayName: 'Eve', password: PASSWORD },
    });
    expect(again.code).toBe('CONFLICT');
    expect(await countUsers()).toBe(1);
  });

  it('lets exactly one of two simultaneous first administrators through', async () => {
    const attempts = await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        new GraphqlClient(t.url).request(CREATE_FIRST_ADMIN, {
          input: { email: `${name}@example.org`, displayName: name, password: PASSWORD },
        }),
      ),
    );
    expect(attempts.filter((a) => a.data?.createFirstAdmin)).toHaveLength(1);
    expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect(await countUsers()).toBe(1);
  });

  it('refuses bad input with messages naming each field, and writes nothing', async () => {
    const client = new GraphqlClient(t.url);
    const bad = await client.errorOf(CREATE_FIRST_ADMIN, {
      input: { email: 'not-an-email', displayName: '', password: PASSWORD },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.fields).toEqual(
      expect.arrayContaining([
        { field: 'email', message: expect.stringContaining('email address') },
        { field: 'displayName', message: expect.stringContaining('1 to 120') },
      ]),
    );
    const short = await client.errorOf(CREATE_FIRST_ADMIN, {
      input: { email: 'ana@example.org', displayName: 'Ana', password: 'short' },
    });
    expect(short).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'password', message: 'must be at least 12 characters' }] },
    });
    const wrongType = await client.errorOf(CREATE_FIRST_ADMIN, {
      input: { email: 42, displayName: 'Ana', password: PASSWORD },
    });
    expect(wrongType.code).toBe('BAD_USER_INPUT');
    const huge = await client.errorOf(CREATE_FIRST_ADMIN, {
      input: { email: `${'a'.repeat(300)}@example.org`, displayName: 'x'.repeat(500), password: PASSWORD },
    });
    expect(huge.code).toBe('BAD_USER_INPUT');
    expect(await countUsers()).toBe(0);
    expect(await client.ok(SETUP_STATUS)).toEqual({ setupStatus: { needsFirstAdmin: true } });
  });
});

describe('sign-in and sessions', () => {
  it('signs in and out; the cookie stops working after logout', async () => {
    const user = await createUser(t);
    const client = new GraphqlClient(t.url);
    expect(
      (
        await client.ok<{ login: { id: string } }>(LOGIN, {
          input: { email: user.email.toUpperCase(), password: PASSWORD },
        })
      ).login.id,
    ).toBe(user.id);
    const token = client.sessionCookie!;
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    await client.ok(LOGOUT);
    expect(await client.ok(ME)).toEqual({ me: null });

    const replay = new GraphqlClient(t.url);
    replay.setCookie('convene_session', token);
    expect(await replay.ok(ME)).toEqual({ me: null });
    expect((await replay.errorOf(USERS)).code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await createUser(t);
    const wrong = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: user.email, password: 'wrong password 123' },
    });
    const unknown = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: 'nobody@example.org', password: 'wrong password 123' },
    });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' });
  });

  it('throttles repeated failures, even for the right password, and says how long to wait', async () => {
    const user = await createUser(t);
    const client = new GraphqlClient(t.url);
    for (let i = 0; i < t.config.login.maxFailures; i += 1) {
      expect(
        (await client.errorOf(LOGIN, { input: { email: user.email, password: `wrong password ${i}` } })).code,
      ).toBe('UNAUTHENTICATED');
    }
    const locked = await client.errorOf(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.message).toMatch(/Wait \d+ minutes?/);
    expect(locked.extensions.retryAfterSeconds).toBeGreaterThan(60);
    expect(client.sessionCookie).toBeUndefined();

    // Once the failures leave the window, the right password works again.
    await t.db.dataSource.query(`UPDATE login_failures SET attempted_at = now() - interval '1 day'`);
    expect(
      (
        await client.ok<{ login: { id: string } }>(LOGIN, {
          input: { email: user.email, password: PASSWORD },
        })
      ).login.id,
    ).toBe(user.id);
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const { client, user } = await signedIn(t);
    await t.db.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $2) WHERE user_id = $1`,
      [user.id, t.config.session.idleMinutes + 1],
    );
    const idle = await client.errorOf(`mutation { updateMyPreferences(input: { locale: "fr" }) { locale } }`);
    expect(idle).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your session has ended; sign in again.',
    });

    const second = await signedIn(t);
    await t.db.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [second.user.id],
    );
    expect(await second.client.ok(ME)).toEqual({ me: null });
  });

  it('keeps a session alive while it is used', async () => {
    const { client, user } = await signedIn(t);
    await t.db.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $2) WHERE user_id = $1`,
      [user.id, t.config.session.idleMinutes - 1],
    );
    await client.ok(ME);
    const [row] = await t.db.dataSource.query(
      `SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(row.fresh).toBe(true);
  });

  it('rotates the session at sign-in (the old token stops working)', async () => {
    const { client, user } = await signedIn(t);
    const before = client.sessionCookie!;
    await client.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(client.sessionCookie).not.toBe(before);
    const old = new GraphqlClient(t.url);
    old.setCookie('convene_session', before);
    expect(await old.ok(ME)).toEqual({ me: null });
  });

  it('never writes passwords or session tokens to the logs', async () => {
    const secret = 'a very secret passphrase 9731';
    const user = await createUser(t, { password: secret });
    const client = new GraphqlClient(t.url);
    await client.request(LOGIN, { input: { email: user.email, password: 'another secret value 5512' } });
    await client.ok(LOGIN, { input: { email: user.email, password: secret } });
    await client.ok(ME);
    const logs = t.logs.join('\n');
    expect(logs).toContain(user.email.split('@')[0].length > 0 ? '/graphql' : '');
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain('another secret value 5512');
    expect(logs).not.toContain(client.sessionCookie!);
  });
});

describe('roles and user administration', () => {
  it('denies user administration to every role but ADMIN, and to anonymous callers', async () => {
    for (const role of [Role.STAFF, Role.CORE_GROUP, Role.VIEWER]) {
      const { client } = await signedIn(t, role);
      expect((await client.errorOf(USERS)).code).toBe('FORBIDDEN');
      expect((await client.errorOf(INVITE, { input: { email: 'x@example.org', role: 'ADMIN' } })).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await new GraphqlClient(t.url).errorOf(USERS)).code).toBe('UNAUTHENTICATED');
    expect(await t.db.dataSource.query('SELECT * FROM invitations')).toHaveLength(0);
  });

  it('lists users with search, role filter and a hard page maximum', async () => {
    const { client } = await signedIn(t, Role.ADMIN);
    await createUser(t, { email: 'zainab@example.org', displayName: 'Zaïnab Diallo', role: Role.CORE_GROUP });
    await createUser(t, { email: 'marc@example.org', role: Role.VIEWER });
    const all = await client.ok<{ users: { totalCount: number } }>(USERS);
    expect(all.users.totalCount).toBe(3);
    const found = await client.ok<{ users: { edges: { node: { email: string } }[] } }>(USERS, {
      filter: { search: 'DIALLO' },
    });
    expect(found.users.edges.map((e) => e.node.email)).toEqual(['zainab@example.org']);
    const viewers = await client.ok<{ users: { totalCount: number } }>(USERS, { filter: { role: 'VIEWER' } });
    expect(viewers.users.totalCount).toBe(1);
    const page = await client.ok<{ users: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(USERS, {
      first: 2,
    });
    expect(page.users.edges).toHaveLength(2);
    expect(page.users.pageInfo.hasNextPage).toBe(true);
    const tooMany = await client.errorOf(USERS, { first: 1000 });
    expect(tooMany).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'first', message: expect.stringContaining('100') }] },
    });
  });

  it('changes a role; a stale version gets CONFLICT and changes nothing', async () => {
    const { client } = await signedIn(t, Role.ADMIN);
    const target = await createUser(t, { role: Role.VIEWER });
    const [a, b] = await Promise.all([
      client.request(CHANGE_ROLE, { input: { id: target.id, role: 'STAFF', version: target.version } }),
      client.request(CHANGE_ROLE, { input: { id: target.id, role: 'CORE_GROUP', version: target.version } }),
    ]);
    const winners = [a, b].filter((r) => r.data);
    const losers = [a, b].filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const [row] = await t.db.dataSource.query('SELECT role, version FROM users WHERE id = $1', [target.id]);
    expect(row).toEqual({
      role: (winners[0].data as { changeUserRole: { role: string } }).changeUserRole.role,
      version: target.version + 1,
    });
  });

  it('takes effect on the next request of the user whose role changed', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const staff = await signedIn(t, Role.STAFF);
    expect((await staff.client.errorOf(USERS)).code).toBe('FORBIDDEN');
    await admin.client.ok(CHANGE_ROLE, {
      input: { id: staff.user.id, role: 'ADMIN', version: staff.user.version },
    });
    expect((await staff.client.ok<{ users: { totalCount: number } }>(USERS)).users.totalCount).toBe(2);
  });

  it('disabling a user ends their sessions at once and blocks sign-in; enabling restores it', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const victim = await signedIn(t, Role.STAFF);
    expect((await victim.client.ok<{ me: { id: string } }>(ME)).me.id).toBe(victim.user.id);

    const disabled = await admin.client.ok<{ disableUser: { disabledAt: string; version: number } }>(
      DISABLE,
      {
        input: { id: victim.user.id, version: victim.user.version },
      },
    );
    expect(disabled.disableUser.disabledAt).toBeTruthy();
    expect(
      (await victim.client.errorOf(`mutation { updateMyPreferences(input: { locale: "fr" }) { locale } }`))
        .code,
    ).toBe('UNAUTHENTICATED');
    expect(
      await t.db.dataSource.query('SELECT * FROM sessions WHERE user_id = $1', [victim.user.id]),
    ).toHaveLength(0);
    const blocked = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: victim.user.email, password: PASSWORD },
    });
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('disabled') });

    await admin.client.ok(ENABLE, { input: { id: victim.user.id, version: disabled.disableUser.version } });
    await new GraphqlClient(t.url).ok(LOGIN, { input: { email: victim.user.email, password: PASSWORD } });
  });

  it('keeps at least one active administrator', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const self = await admin.client.errorOf(DISABLE, {
      input: { id: admin.user.id, version: admin.user.version },
    });
    expect(self.code).toBe('BAD_USER_INPUT');
    const demote = await admin.client.errorOf(CHANGE_ROLE, {
      input: { id: admin.user.id, role: 'VIEWER', version: admin.user.version },
    });
    expect(demote).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('last active administrator'),
    });
    const [row] = await t.db.dataSource.query('SELECT role FROM users WHERE id = $1', [admin.user.id]);
    expect(row.role).toBe('ADMIN');
  });

  it('reports an unknown user as NOT_FOUND and a malformed id as bad input', async () => {
    const { client } = await signedIn(t, Role.ADMIN);
    const missing = await client.errorOf(CHANGE_ROLE, {
      input: { id: '00000000-0000-4000-8000-000000000000', role: 'STAFF', version: 1 },
    });
    expect(missing.code).toBe('NOT_FOUND');
    const malformed = await client.errorOf(CHANGE_ROLE, {
      input: { id: "1'; DROP TABLE users; --", role: 'STAFF', version: 1 },
    });
    expect(malformed).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'id', message: 'is not a user id' }] },
    });
  });
});

describe('clearance and Core Group links', () => {
  const CLEARANCE = `mutation($i: SetUserClearanceInput!) { setUserClearance(input: $i) { id clearance version } }`;
  const LINK = `mutation($i: SetUserOrganizationInput!) { setUserOrganization(input: $i) { id organizationId version } }`;

  it('lets administrators clear a user for protected records, and nobody else', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const staff = await signedIn(t, Role.STAFF);
    expect(
      (
        await staff.client.errorOf(CLEARANCE, {
          i: { id: staff.user.id, version: staff.user.version, clearance: 'HIGH' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    const cleared = await admin.client.ok<{ setUserClearance: { clearance: string; version: number } }>(
      CLEARANCE,
      {
        i: { id: staff.user.id, version: staff.user.version, clearance: 'ELEVATED' },
      },
    );
    expect(cleared.setUserClearance).toMatchObject({
      clearance: 'ELEVATED',
      version: staff.user.version + 1,
    });
    const stale = await admin.client.errorOf(CLEARANCE, {
      i: { id: staff.user.id, version: staff.user.version, clearance: 'HIGH' },
    });
    expect(stale.code).toBe('CONFLICT');
    const [row] = await t.db.dataSource.query('SELECT clearance FROM users WHERE id = $1', [staff.user.id]);
    expect(row.clearance).toBe('ELEVATED');
  });

  it('links a Core Group user to an organisation that exists', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const member = await signedIn(t, Role.CORE_GROUP);
    const missing = await admin.client.errorOf(LINK, {
      i: {
        id: member.user.id,
        version: member.user.version,
        organizationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(missing.extensions.fields).toEqual([
      { field: 'organizationId', message: 'is not an organisation in the register' },
    ]);
    const [org] = await t.db.dataSource.query(
      `INSERT INTO organizations (name, kind) VALUES ('GPPAC', 'CSO_NETWORK') RETURNING id`,
    );
    const linked = await admin.client.ok<{ setUserOrganization: { organizationId: string } }>(LINK, {
      i: { id: member.user.id, version: member.user.version, organizationId: org.id },
    });
    expect(linked.setUserOrganization.organizationId).toBe(org.id);
  });
});

describe('invitations', () => {
  it('invites by one-time link: preview, accept with the invited role, then the link is dead', async () => {
    const { client } = await signedIn(t, Role.ADMIN);
    const { inviteUser } = await client.ok<{ inviteUser: { url: string; role: string } }>(INVITE, {
      input: { email: 'New.Person@Example.org', role: 'CORE_GROUP' },
    });
    expect(inviteUser.url).toMatch(new RegExp(`^${t.config.publicUrl}/invite/[A-Za-z0-9_-]{40,}$`));
    const token = inviteUser.url.split('/').pop()!;
    expect(
      (await client.ok<{ invitations: { url: string | null }[] }>(`{ invitations { email url } }`))
        .invitations,
    ).toEqual([{ email: 'new.person@example.org', url: null }]);

    const guest = new GraphqlClient(t.url);
    expect(await guest.ok(PREVIEW, { token })).toEqual({
      invitation: { email: 'new.person@example.org', role: 'CORE_GROUP' },
    });
    const weak = await guest.errorOf(ACCEPT, {
      input: { token, displayName: 'New Person', password: 'short' },
    });
    expect(weak.code).toBe('BAD_USER_INPUT');
    expect(
      await t.db.dataSource.query(`SELECT * FROM users WHERE email = 'new.person@example.org'`),
    ).toHaveLength(0);

    const accepted = await guest.ok<{ acceptInvitation: { role: string } }>(ACCEPT, {
      input: { token, displayName: 'New Person', password: PASSWORD },
    });
    expect(accepted.acceptInvitation.role).toBe('CORE_GROUP');
    expect((await guest.ok<{ me: { email: string } }>(ME)).me.email).toBe('new.person@example.org');

    const reuse = await new GraphqlClient(t.url).errorOf(ACCEPT, {
      input: { token, displayName: 'Eve', password: PASSWORD },
    });
    expect(reuse).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('not valid any more'),
    });
    expect((await new GraphqlClient(t.url).errorOf(PREVIEW, { token })).code).toBe('NOT_FOUND');
  });

  it('refuses to invite an existing user, and revoked or expired links do not work', async () => {
    const { client, user } = await signedIn(t, Role.ADMIN);
    expect((await client.errorOf(INVITE, { input: { email: user.email, role: 'STAFF' } })).code).toBe(
      'CONFLICT',
    );

    const first = await client.ok<{ inviteUser: { id: string; url: string } }>(INVITE, {
      input: { email: 'x@example.org', role: 'STAFF' },
    });
    await client.ok(`mutation R($id: ID!) { revokeInvitation(id: $id) }`, { id: first.inviteUser.id });
    expect((await client.errorOf(PREVIEW, { token: first.inviteUser.url.split('/').pop() })).code).toBe(
      'NOT_FOUND',
    );

    const second = await client.ok<{ inviteUser: { url: string } }>(INVITE, {
      input: { email: 'y@example.org', role: 'STAFF' },
    });
    await t.db.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second'`);
    expect((await client.errorOf(PREVIEW, { token: second.inviteUser.url.split('/').pop() })).code).toBe(
      'NOT_FOUND',
    );
  });
});
