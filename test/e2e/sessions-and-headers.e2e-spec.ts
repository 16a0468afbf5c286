import { Role } from '@convene/domain';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphqlClient } from '../support/graphql-client';
import { createUser, LOGIN, PASSWORD, signedIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id } }`;
const SESSIONS = `{ mySessions { id userAgent ip startedAt lastSeenAt current signInPending } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeMySession(id: $id) }`;
const REVOKE_OTHERS = `mutation { revokeMyOtherSessions }`;
const REVOKE_USER = `mutation RevokeUser($id: ID!) { revokeUserSessions(id: $id) }`;

interface SessionRow {
  id: string;
  userAgent: string | null;
  ip: string | null;
  startedAt: string;
  lastSeenAt: string;
  current: boolean;
  signInPending: boolean;
}

let t: TestApp;
const webDir = mkdtempSync(join(tmpdir(), 'convene-web-'));

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
  t = await startTestApp({ WEB_DIR: webDir });
});
afterAll(async () => {
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await t.db.truncate();
});

/** Signs `email` in from a browser with this user agent. */
async function signInAs(email: string, userAgent: string) {
  const client = new GraphqlClient(t.url);
  await client.request(
    LOGIN,
    { input: { email, password: PASSWORD } },
    { headers: { 'user-agent': userAgent } },
  );
  return client;
}

describe('one’s own sessions', () => {
  it('lists where one is signed in (device, address, times, which is this one), and only one’s own', async () => {
    const user = await createUser(t);
    const laptop = await signInAs(user.email, 'Mozilla/5.0 (Laptop)');
    await signInAs(user.email, 'Mozilla/5.0 (Phone)');
    await signedIn(t); // someone else's session

    const { mySessions } = await laptop.ok<{ mySessions: SessionRow[] }>(SESSIONS);
    expect(mySessions).toHaveLength(2);
    const current = mySessions.find((s) => s.current)!;
    expect(current).toMatchObject({
      userAgent: 'Mozilla/5.0 (Laptop)',
      ip: expect.stringContaining('127.0.0.1'),
      signInPending: false,
    });
    expect(mySessions.filter((s) => !s.current).map((s) => s.userAgent)).toEqual(['Mozilla/5.0 (Phone)']);
    expect(Date.parse(current.startedAt)).not.toBeNaN();
    expect(Date.parse(current.lastSeenAt)).not.toBeNaN();
  });

  it('ends one chosen session at once; another user’s session cannot be named', async () => {
    const user = await createUser(t);
    const laptop = await signInAs(user.email, 'Laptop');
    const phone = await signInAs(user.email, 'Phone');
    const other = await signedIn(t);
    const { mySessions: theirs } = await other.client.ok<{ mySessions: SessionRow[] }>(SESSIONS);

    const { mySessions } = await laptop.ok<{ mySessions: SessionRow[] }>(SESSIONS);
    const phoneSession = mySessions.find((s) => s.userAgent === 'Phone')!;
    expect(await laptop.ok(REVOKE, { id: phoneSession.id })).toEqual({ revokeMySession: true });
    expect(await phone.errorOf(`{ organizations(first: 1) { totalCount } }`)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your session has ended; sign in again.',
    });
    expect((await laptop.errorOf(REVOKE, { id: phoneSession.id })).code).toBe('NOT_FOUND');
    expect((await laptop.errorOf(REVOKE, { id: theirs[0].id })).code).toBe('NOT_FOUND');
    expect(await other.client.ok<{ me: { id: string } }>(ME)).toEqual({ me: { id: other.user.id } });
    expect(await laptop.errorOf(REVOKE, { id: "1'; --" })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'id', message: 'is not a session id' }] },
    });
    // Ending the current session signs this browser out.
    const { mySessions: left } = await laptop.ok<{ mySessions: SessionRow[] }>(SESSIONS);
    expect(left).toHaveLength(1);
    await laptop.ok(REVOKE, { id: left[0].id });
    expect(laptop.sessionCookie).toBeUndefined();
  });

  it('ends all the others and keeps this one', async () => {
    const user = await createUser(t);
    const here = await signInAs(user.email, 'Here');
    const elsewhere = [await signInAs(user.email, 'A'), await signInAs(user.email, 'B')];
    expect(await here.ok(REVOKE_OTHERS)).toEqual({ revokeMyOtherSessions: 2 });
    for (const client of elsewhere) expect(await client.ok(ME)).toEqual({ me: null });
    expect(await here.ok(ME)).toEqual({ me: { id: user.id } });
    expect(await here.ok(REVOKE_OTHERS)).toEqual({ revokeMyOtherSessions: 0 });
  });
});

describe('an administrator ending a user’s sessions', () => {
  it('signs the user out everywhere, is recorded, and is for administrators only', async () => {
    const admin = await signedIn(t, Role.ADMIN);
    const user = await createUser(t);
    const sessions = [await signInAs(user.email, 'A'), await signInAs(user.email, 'B')];
    for (const role of [Role.STAFF, Role.CORE_GROUP, Role.VIEWER]) {
      const other = await signedIn(t, role);
      expect((await other.client.errorOf(REVOKE_USER, { id: user.id })).code).toBe('FORBIDDEN');
    }
    expect(await sessions[0].ok(ME)).toEqual({ me: { id: user.id } });

    expect(await admin.client.ok(REVOKE_USER, { id: user.id })).toEqual({ revokeUserSessions: 2 });
    for (const client of sessions) expect(await client.ok(ME)).toEqual({ me: null });
    expect(await admin.client.ok(ME)).toEqual({ me: { id: admin.user.id } });
    const history = await t.db.dataSource.query(
      `SELECT entity_type, action, actor_id, changes FROM history_entries WHERE entity_id = $1 AND action <> 'SIGN_IN'`,
      [user.id],
    );
    expect(history).toEqual([
      {
        entity_type: 'user',
        action: 'UPDATE',
        actor_id: admin.user.id,
        changes: { sessions: { before: 2, after: 'ended by an administrator' } },
      },
    ]);
    expect(
      (await admin.client.errorOf(REVOKE_USER, { id: '00000000-0000-4000-8000-000000000000' })).code,
    ).toBe('NOT_FOUND');
  });
});

describe('session cookie (ASVS V3)', () => {
  it('is Secure, HttpOnly, SameSite, host-only with the __Host- prefix when served over HTTPS', async () => {
    const secure = await startTestApp({ COOKIE_SECURE: 'true' });
    try {
      const user = await createUser(secure);
      const response = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { input: { email: user.email, password: PASSWORD } },
        }),
      });
      const [cookie] = response.headers.getSetCookie();
      expect(cookie).toMatch(/^__Host-convene_session=[\w-]{43};/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it('keeps only a hash of the token on the server, and logout deletes the session row', async () => {
    const { client, user } = await signedIn(t);
    const token = client.sessionCookie!;
    const rows: { token_hash: string }[] = await t.db.dataSource.query(
      'SELECT token_hash FROM sessions WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    await client.ok(`mutation { logout }`);
    expect(await t.db.dataSource.query('SELECT id FROM sessions WHERE user_id = $1', [user.id])).toEqual([]);
  });
});

describe('security headers', () => {
  const expectCommon = (headers: Headers) => {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
  };

  it('API answers may not be stored: GraphQL (signed in or not), errors, exports and unknown paths', async () => {
    const { client } = await signedIn(t);
    const answers = [
      await client.request(ME),
      await new GraphqlClient(t.url).request(`{ organizations(first: 1) { totalCount } }`),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expectCommon(answer.headers);
    }
    const exported = await fetch(`${t.url}/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(exported.headers.get('cache-control')).toBe('no-store');
    const health = await fetch(`${t.url}/health`);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expectCommon(health.headers);
  });

  it('the web app page carries the policy; its hashed files stay cacheable', async () => {
    const page = await fetch(`${t.url}/organizations`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expectCommon(page.headers);
    const asset = await fetch(`${t.url}/assets/app.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
