import { Role } from '@convene/domain';
import { GraphqlClient } from '../support/graphql-client';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { codeAt, CONFIRM, enrol, freshCode, STAGE, START_ENROLMENT, VERIFY } from '../support/second-factor';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id email secondFactorEnabled } }`;
const STATUS = `{ mySecondFactor { enabled recoveryCodesLeft requiredForMyRole } }`;
const ORGANIZATIONS = `{ organizations(first: 5) { totalCount } }`;
const DISABLE = `mutation Disable($input: DisableSecondFactorInput!) { disableSecondFactor(input: $input) }`;
const REGENERATE = `mutation Regenerate($input: SecondFactorCodeInput!) { regenerateRecoveryCodes(input: $input) { codes } }`;
const SET_REQUIRED = `mutation Required($input: SetSecondFactorRequiredRolesInput!) { setSecondFactorRequiredRoles(input: $input) { secondFactorRequiredFor } }`;
const SETTINGS = `{ securitySettings { secondFactorRequiredFor } }`;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.truncate();
  await t.db.dataSource.query(`UPDATE settings SET value = '[]' WHERE key = 'second_factor_required_roles'`);
});

const historyOf = (entityId: string) =>
  t.db.dataSource.query<{ action: string; actor_id: string | null; changes: Record<string, unknown> }[]>(
    "SELECT action, actor_id, changes FROM history_entries WHERE entity_id = $1 AND action <> 'SIGN_IN' ORDER BY id",
    [entityId],
  );

/** Signs in with the password only: the session waits for the second factor. */
async function passwordStep(email: string) {
  const client = new GraphqlClient(t.url);
  await client.ok(LOGIN, { input: { email, password: PASSWORD } });
  return client;
}

describe('enrolment', () => {
  it('generates the secret on the server, and turns it on only with a current code from it', async () => {
    const { client, user } = await signedIn(t);
    const { startSecondFactorEnrolment: enrolment } = await client.ok<{
      startSecondFactorEnrolment: { secret: string; uri: string; qrCodeDataUrl: string };
    }>(START_ENROLMENT);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(
      `otpauth://totp/Convene:${encodeURIComponent(user.email)}?issuer=Convene&secret=${enrolment.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect((await client.ok<{ mySecondFactor: unknown }>(STATUS)).mySecondFactor).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
      requiredForMyRole: false,
    });

    // A code of another secret, or far from now, is refused and nothing changes.
    const wrong = await client.errorOf(CONFIRM, {
      input: { code: codeAt(enrolment.secret, Date.now() - 5 * 60_000) },
    });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'code' }] } });
    expect((await client.ok<{ me: { secondFactorEnabled: boolean } }>(ME)).me.secondFactorEnabled).toBe(
      false,
    );

    const { confirmSecondFactor } = await client.ok<{ confirmSecondFactor: { codes: string[] } }>(CONFIRM, {
      input: { code: codeAt(enrolment.secret) },
    });
    expect(confirmSecondFactor.codes).toHaveLength(10);
    expect(new Set(confirmSecondFactor.codes).size).toBe(10);
    for (const code of confirmSecondFactor.codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await client.ok<{ mySecondFactor: unknown }>(STATUS)).mySecondFactor).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
      requiredForMyRole: false,
    });
    // Enrolling again needs turning it off first.
    expect((await client.errorOf(START_ENROLMENT)).code).toBe('CONFLICT');
    expect(await historyOf(user.id)).toEqual([
      { action: 'UPDATE', actor_id: user.id, changes: { secondFactor: { before: 'off', after: 'on' } } },
    ]);
  });

  it('keeps the secret encrypted and the recovery codes hashed', async () => {
    const { client, user } = await signedIn(t);
    const { secret, recoveryCodes } = await enrol(client, t, user.id);
    const [row]: { totp_secret: string; totp_pending_secret: string | null }[] = await t.db.dataSource.query(
      'SELECT totp_secret, totp_pending_secret FROM users WHERE id = $1',
      [user.id],
    );
    expect(row.totp_pending_secret).toBeNull();
    expect(row.totp_secret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.totp_secret).not.toContain(secret);
    expect(Buffer.from(row.totp_secret.split('.')[3], 'base64url').toString('latin1')).not.toContain(secret);
    const hashes: { code_hash: string }[] = await t.db.dataSource.query(
      'SELECT code_hash FROM recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(hashes).toHaveLength(10);
    const stored = hashes.map((h) => h.code_hash).join(' ');
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code.replace('-', ''));
      expect(stored).not.toContain(code);
    }
    for (const h of hashes) expect(h.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('signing in with a second factor', () => {
  it('waits for the code after the password: no data, a short life; a right code gives a new full session', async () => {
    const { client: setup, user } = await signedIn(t);
    const { secret } = await enrol(setup, t, user.id);

    const client = await passwordStep(user.email);
    const pendingToken = client.sessionCookie!;
    expect(await client.ok(STAGE)).toEqual({ signInStage: 'SECOND_FACTOR' });
    expect(await client.ok(ME)).toEqual({ me: null });
    expect(await client.errorOf(ORGANIZATIONS)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Enter the code from your authenticator app to finish signing in.',
    });
    expect((await client.errorOf(STATUS)).code).toBe('UNAUTHENTICATED');
    const exported = await fetch(`${t.url}/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `convene_session=${pendingToken}` },
      body: JSON.stringify({ list: 'organizations', format: 'CSV' }),
    });
    expect(exported.status).toBe(401);
    const [pending] = await t.db.dataSource.query(
      `SELECT stage, expires_at <= now() + interval '10 minutes' AS short FROM sessions WHERE user_id = $1 AND stage <> 'FULL'`,
      [user.id],
    );
    expect(pending).toEqual({ stage: 'SECOND_FACTOR', short: true });

    const wrong = await client.errorOf(VERIFY, {
      input: { code: '000000' === codeAt(secret) ? '111111' : '000000' },
    });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'code' }] } });

    const { verifySecondFactor } = await client.ok<{ verifySecondFactor: { id: string } }>(VERIFY, {
      input: { code: await freshCode(t, user.id, secret) },
    });
    expect(verifySecondFactor.id).toBe(user.id);
    expect(client.sessionCookie).not.toBe(pendingToken);
    expect(await client.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect(await client.ok(ORGANIZATIONS)).toEqual({ organizations: { totalCount: 0 } });

    const old = new GraphqlClient(t.url);
    old.setCookie('convene_session', pendingToken);
    expect(await old.ok(STAGE)).toEqual({ signInStage: 'SIGNED_OUT' });
  });

  it('never accepts the same code twice', async () => {
    const { client: setup, user } = await signedIn(t);
    const { secret } = await enrol(setup, t, user.id);
    const code = await freshCode(t, user.id, secret);
    await (await passwordStep(user.email)).ok(VERIFY, { input: { code } });

    const replay = await passwordStep(user.email);
    expect((await replay.errorOf(VERIFY, { input: { code } })).code).toBe('BAD_USER_INPUT');
    expect(await replay.ok(STAGE)).toEqual({ signInStage: 'SECOND_FACTOR' });
  });

  it('accepts each recovery code once, with or without its dash', async () => {
    const { client: setup, user } = await signedIn(t);
    const { recoveryCodes } = await enrol(setup, t, user.id);
    const first = await passwordStep(user.email);
    await first.ok(VERIFY, { input: { code: recoveryCodes[0].toUpperCase().replace('-', ' ') } });
    expect(await first.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });
    expect(
      (await first.ok<{ mySecondFactor: { recoveryCodesLeft: number } }>(STATUS)).mySecondFactor
        .recoveryCodesLeft,
    ).toBe(9);

    const again = await passwordStep(user.email);
    expect((await again.errorOf(VERIFY, { input: { code: recoveryCodes[0] } })).code).toBe('BAD_USER_INPUT');
    await again.ok(VERIFY, { input: { code: recoveryCodes[1] } });
    expect(await again.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });

    // New codes replace the old ones.
    const { regenerateRecoveryCodes } = await again.ok<{ regenerateRecoveryCodes: { codes: string[] } }>(
      REGENERATE,
      {
        input: { code: recoveryCodes[2] },
      },
    );
    expect(regenerateRecoveryCodes.codes).toHaveLength(10);
    const third = await passwordStep(user.email);
    expect((await third.errorOf(VERIFY, { input: { code: recoveryCodes[3] } })).code).toBe('BAD_USER_INPUT');
    await third.ok(VERIFY, { input: { code: regenerateRecoveryCodes.codes[0] } });
  });

  it('counts wrong codes as failed sign-ins: the throttle then refuses even the right code', async () => {
    const { client: setup, user } = await signedIn(t);
    const { secret } = await enrol(setup, t, user.id);
    const client = await passwordStep(user.email);
    for (let i = 0; i < t.config.login.maxFailures; i += 1) {
      expect((await client.errorOf(VERIFY, { input: { code: `${100000 + i}` } })).code).toBe(
        'BAD_USER_INPUT',
      );
    }
    const locked = await client.errorOf(VERIFY, { input: { code: await freshCode(t, user.id, secret) } });
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    // The right password does not reset the count.
    expect(
      (await new GraphqlClient(t.url).errorOf(LOGIN, { input: { email: user.email, password: PASSWORD } }))
        .code,
    ).toBe('TOO_MANY_REQUESTS');
    expect(await client.ok(STAGE)).toEqual({ signInStage: 'SECOND_FACTOR' });
  });

  it('refuses the code step to a session that is not waiting for one', async () => {
    const { client, user } = await signedIn(t);
    expect((await client.errorOf(VERIFY, { input: { code: '123456' } })).code).toBe('CONFLICT');
    expect((await new GraphqlClient(t.url).errorOf(VERIFY, { input: { code: '123456' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(user.id).toBeTruthy();
  });
});

describe('turning it off', () => {
  it('takes the password and a current code, and is recorded', async () => {
    const { client, user } = await signedIn(t);
    const { secret } = await enrol(client, t, user.id);
    const badPassword = await client.errorOf(DISABLE, {
      input: { password: 'not the password 1', code: await freshCode(t, user.id, secret) },
    });
    expect(badPassword).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'password' }] },
    });
    const badCode = await client.errorOf(DISABLE, { input: { password: PASSWORD, code: '12345x' } });
    expect(badCode).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'code' }] } });
    expect((await client.ok<{ me: { secondFactorEnabled: boolean } }>(ME)).me.secondFactorEnabled).toBe(true);

    await client.ok(DISABLE, { input: { password: PASSWORD, code: await freshCode(t, user.id, secret) } });
    expect((await client.ok<{ mySecondFactor: unknown }>(STATUS)).mySecondFactor).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
      requiredForMyRole: false,
    });
    const [row] = await t.db.dataSource.query('SELECT totp_secret FROM users WHERE id = $1', [user.id]);
    expect(row.totp_secret).toBeNull();
    const next = await passwordStep(user.email);
    expect(await next.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });
    expect((await historyOf(user.id)).map((h) => h.changes)).toEqual([
      { secondFactor: { before: 'off', after: 'on' } },
      { secondFactor: { before: 'on', after: 'off' } },
    ]);
  });
});

describe('roles that require a second factor', () => {
  it('only administrators set it; it is recorded; one cannot require it of one’s own role without having it', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    for (const role of [Role.STAFF, Role.CORE_GROUP, Role.VIEWER]) {
      const other = await signedIn(t, role);
      expect((await other.client.errorOf(SET_REQUIRED, { input: { roles: [Role.STAFF] } })).code).toBe(
        'FORBIDDEN',
      );
      expect((await other.client.errorOf(SETTINGS)).code).toBe('FORBIDDEN');
    }
    const own = await admin.client.errorOf(SET_REQUIRED, { input: { roles: [Role.ADMIN] } });
    expect(own).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'roles' }] } });
    expect((await admin.client.errorOf(SET_REQUIRED, { input: { roles: ['NOBODY'] } })).code).toBe(
      'BAD_USER_INPUT',
    );

    expect(await admin.client.ok(SET_REQUIRED, { input: { roles: [Role.VIEWER, Role.STAFF] } })).toEqual({
      setSecondFactorRequiredRoles: { secondFactorRequiredFor: [Role.STAFF, Role.VIEWER] },
    });
    expect(await admin.client.ok(SETTINGS)).toEqual({
      securitySettings: { secondFactorRequiredFor: [Role.STAFF, Role.VIEWER] },
    });
    await enrol(admin.client, t, admin.user.id);
    await admin.client.ok(SET_REQUIRED, { input: { roles: [Role.ADMIN, Role.STAFF, Role.VIEWER] } });
    const entries = await historyOf('2fa00000-0000-4000-8000-000000000001');
    expect(entries).toEqual([
      {
        action: 'UPDATE',
        actor_id: admin.user.id,
        changes: { secondFactorRequiredFor: { before: [], after: [Role.STAFF, Role.VIEWER] } },
      },
      {
        action: 'UPDATE',
        actor_id: admin.user.id,
        changes: {
          secondFactorRequiredFor: {
            before: [Role.STAFF, Role.VIEWER],
            after: [Role.ADMIN, Role.STAFF, Role.VIEWER],
          },
        },
      },
    ]);
  });

  it('makes users of the role without one set it up before anything else, then they cannot turn it off', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const staff = await signedIn(t, Role.STAFF); // signed in before the rule
    await admin.client.ok(SET_REQUIRED, { input: { roles: [Role.STAFF] } });

    expect(await staff.client.ok(STAGE)).toEqual({ signInStage: 'ENROL_SECOND_FACTOR' });
    expect(await staff.client.errorOf(ORGANIZATIONS)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your role requires two-step sign-in: set it up to continue.',
    });
    expect(await staff.client.ok(ME)).toEqual({ me: null });
    expect(await admin.client.ok(ORGANIZATIONS)).toEqual({ organizations: { totalCount: 0 } });

    // A new sign-in of the role starts in the same stage, with a short life.
    const fresh = await passwordStep(staff.user.email);
    expect(await fresh.ok(STAGE)).toEqual({ signInStage: 'ENROL_SECOND_FACTOR' });
    const before = fresh.sessionCookie!;
    expect(
      (await fresh.ok<{ mySecondFactor: { requiredForMyRole: boolean } }>(STATUS)).mySecondFactor
        .requiredForMyRole,
    ).toBe(true);
    await enrol(fresh, t, staff.user.id);
    expect(fresh.sessionCookie).not.toBe(before);
    expect(await fresh.ok(STAGE)).toEqual({ signInStage: 'SIGNED_IN' });
    expect(await fresh.ok(ORGANIZATIONS)).toEqual({ organizations: { totalCount: 0 } });

    expect(await fresh.errorOf(DISABLE, { input: { password: PASSWORD, code: '123456' } })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role requires two-step sign-in, so it cannot be turned off.',
    });
  });
});

describe('without SECRET_KEY in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
  });
  afterAll(async () => {
    await prod.close();
  });

  it('refuses to set up two-step sign-in rather than use a key from the source code', async () => {
    const user = await createUser(prod);
    const client = new GraphqlClient(prod.url);
    await client.ok(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(await client.errorOf(START_ENROLMENT)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('the server has no SECRET_KEY'),
    });
  });
});
