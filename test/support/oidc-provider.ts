import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test provider: the login typed in its form is the subject. */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** Changes the test makes to the ID token the provider issues (re-signed with the provider's own key). */
export type IdTokenTamper = (header: Record<string, unknown>, payload: Record<string, unknown>) => void;

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** While set, every ID token from the token endpoint is rewritten by it and signed again. */
  tamper: IdTokenTamper | null;
  /** Registers the app's redirect URI (known once the app is started) and starts answering. */
  setRedirectUri(uri: string): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on a free port of this process, with its development login and
 * consent forms (any password is accepted for a login listed in `accounts`), PKCE required, RS256 ID tokens
 * signed with a key this module holds, so tests can issue validly signed tokens with wrong claims.
 */
export async function startOidcProvider(): Promise<TestOidcProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-signing-key';
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, TestAccount>();
  const clientId = 'convene-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough-for-hs256-0123456789';
  let redirectUri = 'http://127.0.0.1/auth/oidc/callback';

  const state: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamper: null,
    setRedirectUri(uri) {
      redirectUri = uri;
      start();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const start = () => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [jwk] },
      cookies: { keys: ['test-cookie-signing-key'] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      findAccount: (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        if (!account) return undefined;
        return { accountId: id, claims: () => ({ sub: id, ...account }) };
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: unknown } | undefined;
      if (ctx.path === '/token' && state.tamper && body && typeof body.id_token === 'string')
        body.id_token = resign(body.id_token, state.tamper, privateKey);
    });
    handler = provider.callback();
  };
  return state;
}

function resign(token: string, tamper: IdTokenTamper, key: KeyObject): string {
  const [h, p] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  tamper(header, payload);
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

/**
 * A browser without JavaScript: follows redirects by hand, keeps cookies per origin, and fills the provider's
 * login and consent forms. Enough to drive the authorisation code flow with real HTTP.
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string) {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair.split('=');
      const text = value.join('=');
      if (text === '' || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name.trim());
      else jar.set(name.trim(), text);
    }
    const location = response.headers.get('location');
    return {
      status: response.status,
      location: location ? new URL(location, target).href : null,
      text: await response.text(),
    };
  }

  /**
   * From `url`, follows redirects and answers the provider's forms as `login` until the browser is sent to an
   * address starting with `stopAt` (returned, not visited).
   */
  async untilRedirectTo(url: string, stopAt: string, login: string): Promise<string> {
    let next: string = url;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 20; step += 1) {
      if (next.startsWith(stopAt) && step > 0) return next;
      const page = await this.request(next, { form });
      form = undefined;
      if (page.location) {
        next = page.location;
        continue;
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(page.text)?.[1];
      if (page.status !== 200 || !action || !prompt)
        throw new Error(`Unexpected page at ${next} (${page.status}): ${page.text.slice(0, 300)}`);
      next = new URL(action.replace(/&amp;/g, '&'), next).href;
      form = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    }
    throw new Error('Too many steps at the provider');
  }

  /** Follows redirects from `url` to the first page that is not a redirect; returns its address. */
  async follow(url: string): Promise<{ url: string; status: number }> {
    let next = url;
    for (let step = 0; step < 10; step += 1) {
      const page = await this.request(next);
      if (!page.location) return { url: next, status: page.status };
      next = page.location;
    }
    throw new Error('Too many redirects');
  }
}
