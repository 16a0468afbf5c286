import { Role } from '@convene/domain';
import { createServer } from 'node:net';
import { GraphqlClient } from '../support/graphql-client';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { startOidcProvider, TestBrowser, type TestOidcProvider } from '../support/oidc-provider';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id email role displayName } }`;
const OPTIONS = `{ signInOptions { singleSignOn singleSignOnLabel singleSignOnPath localLogin } }`;
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }`;
const DISABLE = `mutation Disable($input: SetUserDisabledInput!) { disableUser(input: $input) { id disabledAt } }`;

let provider: TestOidcProvider;
let t: TestApp;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  provider = await startOidcProvider();
  const port = await freePort();
  t = await startTestApp({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_BUTTON_LABEL: 'Sign in with UN account',
  });
  provider.setRedirectUri(`${t.url}/auth/oidc/callback`);
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

const settings = () => {
  if (!t.config.oidc) throw new Error('single sign-on is not configured in this test app');
  return t.config.oidc;
};

beforeEach(async () => {
  await t.db.truncate();
  provider.tamper = null;
  provider.accounts.clear();
  // Some tests switch a setting of the running app (the same config object the app reads); back to defaults.
  settings().linkByEmail = true;
  settings().allowNewUsers = false;
  t.config.localLogin = 'all';
});

const CALLBACK = () => `${t.url}/auth/oidc/callback`;

/** Starts a sign-in and goes through the provider's forms as `login`; returns the callback address. */
function toCallback(browser: TestBrowser, login: string, returnTo?: string): Promise<string> {
  const start = `${t.url}/auth/oidc/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  return browser.untilRedirectTo(start, CALLBACK(), login);
}

/** Where the app sends the browser after the callback: into the app, or to /login?sso=<failure>. */
async function callback(browser: TestBrowser, url: string): Promise<string> {
  const answer = await browser.request(url);
  expect(answer.status).toBe(303);
  return new URL(answer.location ?? '').pathname + new URL(answer.location ?? '').search;
}

/** A GraphQL client with the browser's Convene session cookie. */
function clientOf(browser: TestBrowser): GraphqlClient {
  const client = new GraphqlClient(t.url);
  const cookie = browser.cookie(t.url, 'convene_session');
  if (cookie) client.setCookie('convene_session', cookie);
  return client;
}

async function whoIs(browser: TestBrowser) {
  return (await clientOf(browser).ok<{ me: { id: string; email: string; role: string } | null }>(ME)).me;
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.db.dataSource.query<{ n: string }[]>(sql, params))[0].n);

const signIns = (userId: string) =>
  t.db.dataSource.query<{ changes: Record<string, { after: unknown }> }[]>(
    `SELECT changes FROM history_entries WHERE entity_type = 'user' AND entity_id = $1 AND action = 'SIGN_IN' ORDER BY id`,
    [userId],
  );

describe('the login page asks what is offered', () => {
  it('says single sign-on is on, with its label and path', async () => {
    const { signInOptions } = await new GraphqlClient(t.url).ok<{ signInOptions: unknown }>(OPTIONS);
    expect(signInOptions).toEqual({
      singleSignOn: true,
      singleSignOnLabel: 'Sign in with UN account',
      singleSignOnPath: '/auth/oidc/login',
      localLogin: 'ALL',
    });
  });

  it('says it is off, and the routes send people back to the login page, when it is not configured', async () => {
    const saved = t.config.oidc;
    t.config.oidc = null;
    try {
      const { signInOptions } = await new GraphqlClient(t.url).ok<{
        signInOptions: { singleSignOn: boolean; singleSignOnLabel: string | null };
      }>(OPTIONS);
      expect(signInOptions).toMatchObject({ singleSignOn: false, singleSignOnLabel: null });
      const answer = await new TestBrowser().request(`${t.url}/auth/oidc/login`);
      expect(answer.location).toBe(`${t.url}/login?sso=off`);
    } finally {
      t.config.oidc = saved;
    }
  });
});

describe('signing in through the provider', () => {
  it('links an existing user by verified email, starts a session and records how', async () => {
    const user = await createUser(t, { role: Role.STAFF, email: 'amina@un.example' });
    provider.accounts.set('sub-amina', { email: 'Amina@UN.example', email_verified: true, name: 'Amina' });
    let idToken = '';
    provider.tamper = (_header, payload) => {
      idToken = JSON.stringify(payload); // re-signed unchanged: the control for the tampering tests below
    };
    const browser = new TestBrowser();

    // The request to the provider: authorisation code with PKCE (S256), state and nonce.
    const start = await browser.request(`${t.url}/auth/oidc/login`);
    const authorize = new URL(start.location ?? '');
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(CALLBACK());
    expect(await count('SELECT count(*) AS n FROM oidc_login_requests')).toBe(1);

    const back = await browser.untilRedirectTo(start.location ?? '', CALLBACK(), 'sub-amina');
    const code = new URL(back).searchParams.get('code') ?? '';
    const state = new URL(back).searchParams.get('state') ?? '';
    expect(code.length).toBeGreaterThan(10);
    expect(await callback(browser, back)).toBe('/');

    expect(await whoIs(browser)).toMatchObject({ id: user.id, email: 'amina@un.example', role: 'STAFF' });
    const identities = await t.db.dataSource.query(
      'SELECT user_id, issuer, subject, email_at_link FROM user_identities',
    );
    expect(identities).toEqual([
      { user_id: user.id, issuer: provider.issuer, subject: 'sub-amina', email_at_link: 'amina@un.example' },
    ]);
    expect((await signIns(user.id)).map((e) => e.changes)).toEqual([
      { method: { before: null, after: 'oidc' }, identityLinked: { before: null, after: 'email' } },
    ]);
    expect(await count('SELECT count(*) AS n FROM oidc_login_requests')).toBe(0);

    // No code, state or token in the logs; the callback's address is logged with them redacted.
    const logs = t.logs.join('\n');
    expect(idToken).toContain('sub-amina');
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(state);
    expect(logs).toContain('/auth/oidc/callback?code=[redacted]');

    // Next time the identity alone finds the user (another browser, no new link).
    const again = new TestBrowser();
    expect(await callback(again, await toCallback(again, 'sub-amina'))).toBe('/');
    expect((await whoIs(again))?.id).toBe(user.id);
    expect(await count('SELECT count(*) AS n FROM user_identities')).toBe(1);
    expect((await signIns(user.id)).map((e) => e.changes)).toHaveLength(2);
    expect((await signIns(user.id))[1].changes).toEqual({ method: { before: null, after: 'oidc' } });
  });

  it('returns to the page the person was going to, never to another site', async () => {
    await createUser(t, { email: 'ret@un.example' });
    provider.accounts.set('sub-ret', { email: 'ret@un.example', email_verified: true });
    const browser = new TestBrowser();
    expect(await callback(browser, await toCallback(browser, 'sub-ret', '/organizations?q=x'))).toBe(
      '/organizations?q=x',
    );
    const other = new TestBrowser();
    expect(await callback(other, await toCallback(other, 'sub-ret', '//evil.example/x'))).toBe('/');
  });

  it('rotates the session: a session the browser had before is ended', async () => {
    const { client: before } = await signedIn(t, Role.STAFF);
    const old = before.sessionCookie ?? '';
    await createUser(t, { email: 'rot@un.example', role: Role.VIEWER });
    provider.accounts.set('sub-rot', { email: 'rot@un.example', email_verified: true });
    const browser = new TestBrowser();
    browser.setCookie(t.url, 'convene_session', old);
    expect(await callback(browser, await toCallback(browser, 'sub-rot'))).toBe('/');
    const now = browser.cookie(t.url, 'convene_session');
    expect(now).toBeTruthy();
    expect(now).not.toBe(old);
    expect(await before.ok(ME)).toEqual({ me: null });
    expect((await whoIs(browser))?.email).toBe('rot@un.example');
  });

  it('turns a pending invitation into a user without a password, with the invited role', async () => {
    const { client: admin } = await signedIn(t, Role.ADMIN);
    await admin.ok(INVITE, { input: { email: 'invited@un.example', role: 'STAFF' } });
    provider.accounts.set('sub-inv', {
      email: 'invited@un.example',
      email_verified: true,
      name: 'Ines Invited',
    });
    const browser = new TestBrowser();
    expect(await callback(browser, await toCallback(browser, 'sub-inv'))).toBe('/');
    expect(await whoIs(browser)).toMatchObject({
      email: 'invited@un.example',
      role: 'STAFF',
      displayName: 'Ines Invited',
    });
    expect(
      await count(
        `SELECT count(*) AS n FROM invitations WHERE email = 'invited@un.example' AND accepted_at IS NULL`,
      ),
    ).toBe(0);
    // No password was set: the password form cannot open this account.
    const error = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: 'invited@un.example', password: PASSWORD },
    });
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('creates a read-only user for an unknown person only when OIDC_ALLOW_NEW_USERS is on', async () => {
    provider.accounts.set('sub-new', { email: 'new@un.example', email_verified: true, name: 'Nadia New' });
    settings().allowNewUsers = true;
    const browser = new TestBrowser();
    expect(await callback(browser, await toCallback(browser, 'sub-new'))).toBe('/');
    const me = await whoIs(browser);
    expect(me).toMatchObject({ email: 'new@un.example', role: 'VIEWER', displayName: 'Nadia New' });
    expect((await signIns(me?.id ?? '')).map((e) => e.changes.identityLinked?.after)).toEqual(['new-user']);
  });
});

describe('refused sign-ins start no session and link nothing', () => {
  const linksAndSignIns = async () => [
    await count('SELECT count(*) AS n FROM user_identities'),
    await count(`SELECT count(*) AS n FROM history_entries WHERE action = 'SIGN_IN'`),
    await count('SELECT count(*) AS n FROM sessions'),
  ];

  /** The callback sends the browser to the login page with this failure; nothing was linked or started. */
  async function expectRefused(browser: TestBrowser, url: string, failure: string) {
    const before = await linksAndSignIns();
    expect(await callback(browser, url)).toBe(`/login?sso=${failure}`);
    expect(browser.cookie(t.url, 'convene_session')).toBeUndefined();
    expect(await linksAndSignIns()).toEqual(before);
  }

  beforeEach(async () => {
    await createUser(t, { email: 'bob@un.example' });
    provider.accounts.set('sub-bob', { email: 'bob@un.example', email_verified: true });
  });

  it('a wrong state', async () => {
    const browser = new TestBrowser();
    const url = new URL(await toCallback(browser, 'sub-bob'));
    url.searchParams.set('state', 'a-state-this-app-never-sent-0123456789');
    await expectRefused(browser, url.href, 'expired');
  });

  it('a replayed state (the callback used a second time)', async () => {
    const browser = new TestBrowser();
    const url = await toCallback(browser, 'sub-bob');
    const binding = browser.cookie(t.url, 'convene_oidc') ?? '';
    expect(await callback(browser, url)).toBe('/');
    // Even with the binding cookie put back, the state has been used.
    const replay = new TestBrowser();
    replay.setCookie(t.url, 'convene_oidc', binding);
    await expectRefused(replay, url, 'expired');
  });

  it('a sign-in that took too long', async () => {
    const browser = new TestBrowser();
    const url = await toCallback(browser, 'sub-bob');
    await t.db.dataSource.query(`UPDATE oidc_login_requests SET expires_at = now() - interval '1 second'`);
    await expectRefused(browser, url, 'expired');
  });

  it('a callback in another browser than the one that started', async () => {
    const url = await toCallback(new TestBrowser(), 'sub-bob');
    await expectRefused(new TestBrowser(), url, 'browser');
  });

  it.each([
    ['a wrong nonce', (p: Record<string, unknown>) => (p.nonce = 'a-nonce-from-another-request')],
    ['a wrong audience', (p: Record<string, unknown>) => (p.aud = 'another-application')],
    ['a wrong issuer', (p: Record<string, unknown>) => (p.iss = 'http://127.0.0.1:9/another-issuer')],
    [
      'an expired ID token',
      (p: Record<string, unknown>) => {
        const now = Math.floor(Date.now() / 1000);
        p.iat = now - 7200;
        p.exp = now - 3600;
      },
    ],
  ])('an ID token with %s (validly signed by the provider)', async (_name, change) => {
    provider.tamper = (_header, payload) => {
      change(payload);
    };
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-bob'), 'token');
    expect(t.logs.join('\n')).toMatch(/Single sign-on failed/);
  });

  it('a code exchanged without the right PKCE verifier (the provider refuses it)', async () => {
    const browser = new TestBrowser();
    const url = await toCallback(browser, 'sub-bob');
    await t.db.dataSource.query(`UPDATE oidc_login_requests SET code_verifier = repeat('x', 43)`);
    await expectRefused(browser, url, 'provider');
  });

  it('a sign-in the person cancelled at the provider', async () => {
    const browser = new TestBrowser();
    const start = await browser.request(`${t.url}/auth/oidc/login`);
    const state = new URL(start.location ?? '').searchParams.get('state') ?? '';
    const url = `${CALLBACK()}?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`;
    await expectRefused(browser, url, 'denied');
  });

  it('a disabled user (linked before, or found by email)', async () => {
    const { client: admin } = await signedIn(t, Role.ADMIN);
    const carol = await createUser(t, { email: 'carol@un.example' });
    provider.accounts.set('sub-carol', { email: 'carol@un.example', email_verified: true });
    const first = new TestBrowser();
    expect(await callback(first, await toCallback(first, 'sub-carol'))).toBe('/');
    await admin.ok(DISABLE, { input: { id: carol.id, version: 1 } });
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-carol'), 'disabled');

    const dave = await createUser(t, { email: 'dave@un.example' });
    await t.db.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [dave.id]);
    provider.accounts.set('sub-dave', { email: 'dave@un.example', email_verified: true });
    const other = new TestBrowser();
    await expectRefused(other, await toCallback(other, 'sub-dave'), 'disabled');
  });

  it('an unknown subject when new users are not allowed', async () => {
    provider.accounts.set('sub-stranger', { email: 'stranger@un.example', email_verified: true });
    const users = await count('SELECT count(*) AS n FROM users');
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-stranger'), 'no-account');
    expect(await count('SELECT count(*) AS n FROM users')).toBe(users);
  });

  it('an email the provider does not vouch for (email_verified false) links nobody', async () => {
    provider.accounts.set('sub-fake-bob', { email: 'bob@un.example', email_verified: false });
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-fake-bob'), 'no-account');
  });

  it('linking by email switched off (OIDC_LINK_BY_EMAIL=false)', async () => {
    settings().linkByEmail = false;
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-bob'), 'no-account');
  });

  it('a second subject with the email of a user already linked to another', async () => {
    const first = new TestBrowser();
    expect(await callback(first, await toCallback(first, 'sub-bob'))).toBe('/');
    provider.accounts.set('sub-bob-2', { email: 'bob@un.example', email_verified: true });
    const browser = new TestBrowser();
    await expectRefused(browser, await toCallback(browser, 'sub-bob-2'), 'no-account');
    expect(await t.db.dataSource.query('SELECT subject FROM user_identities')).toEqual([
      { subject: 'sub-bob' },
    ]);
  });
});

describe('passwords beside single sign-on (LOCAL_LOGIN)', () => {
  it('with admins, only administrators may sign in with a password (break-glass)', async () => {
    t.config.localLogin = 'admins';
    const staff = await createUser(t, { role: Role.STAFF });
    const admin = await createUser(t, { role: Role.ADMIN });
    const refused = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: staff.email, password: PASSWORD },
    });
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'SINGLE_SIGN_ON_REQUIRED' } });
    expect(refused.message).toContain('Sign in with UN account');
    // A wrong password still reads as a wrong password: the refusal tells nothing without the password.
    const wrong = await new GraphqlClient(t.url).errorOf(LOGIN, {
      input: { email: staff.email, password: 'not the password at all' },
    });
    expect(wrong.code).toBe('UNAUTHENTICATED');
    const client = new GraphqlClient(t.url);
    await client.ok(LOGIN, { input: { email: admin.email, password: PASSWORD } });
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(admin.id);
    const { signInOptions } = await client.ok<{ signInOptions: { localLogin: string } }>(OPTIONS);
    expect(signInOptions.localLogin).toBe('ADMINS');
  });

  it('with admins, an invitation to a non-administrator cannot be accepted with a password, and stays usable', async () => {
    const { client: admin } = await signedIn(t, Role.ADMIN);
    t.config.localLogin = 'admins';
    const invited = await admin.ok<{ inviteUser: { url: string } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }`,
      { input: { email: 'pw-invitee@un.example', role: 'STAFF' } },
    );
    const token = invited.inviteUser.url.split('/').pop() ?? '';
    const refused = await new GraphqlClient(t.url).errorOf(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      { input: { token, displayName: 'Pat', password: 'harbour violet maple 17' } },
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'SINGLE_SIGN_ON_REQUIRED' } });
    expect(await count(`SELECT count(*) AS n FROM users WHERE email = 'pw-invitee@un.example'`)).toBe(0);
    // The same invitation then works through single sign-on.
    provider.accounts.set('sub-pw-invitee', { email: 'pw-invitee@un.example', email_verified: true });
    const browser = new TestBrowser();
    expect(await callback(browser, await toCallback(browser, 'sub-pw-invitee'))).toBe('/');
    expect((await whoIs(browser))?.role).toBe('STAFF');
  });

  it('with all (the default), everyone keeps their password, and the sign-in is in the history', async () => {
    const staff = await createUser(t, { role: Role.STAFF });
    const client = new GraphqlClient(t.url);
    await client.ok(LOGIN, { input: { email: staff.email, password: PASSWORD } });
    expect((await signIns(staff.id)).map((e) => e.changes)).toEqual([
      { method: { before: null, after: 'password' } },
    ]);
  });
});
