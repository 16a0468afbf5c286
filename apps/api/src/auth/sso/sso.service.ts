import { Role } from '@convene/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig, OidcConfig } from '../../config/config';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.tokens';
import { InvitationsService } from '../../users/invitations.service';
import type { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { hashToken, SessionsService } from '../sessions.service';
import { recordSignIn } from '../sign-in-history';

/** How long a sign-in may take at the provider before its state, nonce and PKCE verifier expire. */
const REQUEST_MINUTES = 10;
const BROWSER_COOKIE = 'convene_oidc';

/**
 * Why a single sign-on failed: one word in the login page's address (`/login?sso=…`), which the page turns into
 * a sentence in the person's language. Never a token, code or claim value.
 */
export type SsoFailure =
  /** Single sign-on is not configured. */
  | 'off'
  /** No sign-in in progress matches the state: unknown, already used, or older than REQUEST_MINUTES. */
  | 'expired'
  /** The sign-in was started in another browser (its binding cookie is missing or different). */
  | 'browser'
  /** The person cancelled or the provider refused at its end. */
  | 'denied'
  /** The provider could not be reached or refused the code exchange. */
  | 'provider'
  /** The provider's answer failed a check: issuer, audience, nonce, expiry, signature. */
  | 'token'
  /** The provider's account is not linked to a Convene user, and may not be linked or created. */
  | 'no-account'
  /** The Convene user is disabled. */
  | 'disabled';

export class SsoError extends Error {
  override name = 'SsoError';
  constructor(
    readonly failure: SsoFailure,
    /** For the operator's log: what check failed (never a secret). */
    readonly detail: string,
  ) {
    super(`Single sign-on failed (${failure}): ${detail}`);
  }
}

interface RequestRow {
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  live: boolean;
}

interface IdClaims {
  iss: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  xms_edov?: unknown;
  name?: unknown;
  preferred_username?: unknown;
}

/**
 * Single sign-on with OpenID Connect (authorisation code flow with PKCE, state and nonce), e.g. with Microsoft
 * Entra ID. The provider's metadata is discovered on first use and kept; the ID token's signature, issuer,
 * audience, nonce and expiry are checked by openid-client. Users are matched by (issuer, subject) only.
 */
@Injectable()
export class SsoService {
  private discovered?: Promise<oidc.Configuration>;
  private readonly log: Logger;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) logger: Logger,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(InvitationsService) private readonly invitations: InvitationsService,
    @Inject(SessionsService) private readonly sessions: SessionsService,
  ) {
    this.log = logger.child({ component: 'sso' });
  }

  get settings(): OidcConfig | null {
    return this.config.oidc;
  }

  /** Starts a sign-in: remembers state, nonce and PKCE verifier server-side; returns the provider's address. */
  async begin(req: Request, res: Response, returnTo: unknown): Promise<string> {
    const settings = this.required();
    const client = await this.client(settings);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const browser = randomBytes(32).toString('base64url');
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM oidc_login_requests WHERE expires_at <= now()');
      await manager.query(
        `INSERT INTO oidc_login_requests (state_hash, browser_hash, nonce, code_verifier, return_to, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
        [hashToken(state), hashToken(browser), nonce, codeVerifier, safePath(returnTo), REQUEST_MINUTES],
      );
    });
    res.cookie(BROWSER_COOKIE, browser, { ...this.cookieOptions(), maxAge: REQUEST_MINUTES * 60 * 1000 });
    return oidc.buildAuthorizationUrl(client, {
      redirect_uri: settings.redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    }).href;
  }

  /**
   * Finishes a sign-in from the provider's answer (the callback's query string): checks the state (once), the
   * browser, exchanges the code with the PKCE verifier, validates the ID token, finds or links the user and
   * starts a session as the password sign-in does. Returns where in the app to go.
   */
  async complete(req: Request, res: Response): Promise<string> {
    const settings = this.required();
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const params = new URLSearchParams(query);
    const state = params.get('state');
    const browser = this.browserFrom(req);
    res.clearCookie(BROWSER_COOKIE, this.cookieOptions());
    if (!state || state.length > 200) throw new SsoError('expired', 'the answer has no state');

    // Deleting it is reading it: a state works once, even when two callbacks race.
    // (TypeORM answers a DELETE … RETURNING with [rows, count].)
    const [[row]]: [RequestRow[], number] = await this.db.query(
      `DELETE FROM oidc_login_requests WHERE state_hash = $1
       RETURNING browser_hash, nonce, code_verifier, return_to, expires_at > now() AS live`,
      [hashToken(state)],
    );
    if (!row) throw new SsoError('expired', 'no sign-in in progress has this state (unknown or used)');
    if (!row.live) throw new SsoError('expired', 'the sign-in in progress expired');
    if (!browser || !sameHash(hashToken(browser), row.browser_hash))
      throw new SsoError('browser', 'the binding cookie is missing or belongs to another sign-in');

    const client = await this.client(settings);
    const currentUrl = new URL(settings.redirectUri);
    currentUrl.search = params.toString();
    let claims: IdClaims;
    try {
      const tokens = await oidc.authorizationCodeGrant(client, currentUrl, {
        pkceCodeVerifier: row.code_verifier,
        expectedState: state,
        expectedNonce: row.nonce,
        idTokenExpected: true,
      });
      const validated = tokens.claims();
      if (!validated) throw new SsoError('token', 'the provider sent no ID token');
      claims = { ...(validated as IdClaims) };
      // Providers that follow the spec to the letter put profile claims only in UserInfo for this flow.
      if (typeof claims.email !== 'string' && client.serverMetadata().userinfo_endpoint) {
        const info = await oidc.fetchUserInfo(client, tokens.access_token, claims.sub);
        for (const key of ['email', 'email_verified', 'name', 'preferred_username'] as const)
          if (claims[key] === undefined) claims[key] = info[key];
      }
    } catch (error) {
      throw classify(error);
    }

    const user = await this.db.transaction(async (manager) => {
      const { user, linked } = await this.findOrLink(settings, claims, manager);
      if (user.disabledAt) throw new SsoError('disabled', 'the user is disabled');
      await manager.query(
        'UPDATE user_identities SET last_used_at = now() WHERE issuer = $1 AND subject = $2',
        [claims.iss, claims.sub],
      );
      await this.users.recordLogin(user.id, manager);
      await recordSignIn(manager, user.id, 'oidc', linked);
      await this.sessions.start(user.id, req, res, manager);
      return user;
    });
    this.log.info({ userId: user.id }, 'Signed in with single sign-on');
    return row.return_to;
  }

  /** Logs a failure for the operator (what check failed, never a token or code). */
  logFailure(error: SsoError): void {
    this.log.warn({ failure: error.failure, detail: redact(error.detail) }, 'Single sign-on failed');
  }

  /** An error that is not a failed check (a database failure …): its message only, redacted. */
  logUnexpected(error: unknown): void {
    this.log.error({ err: redact(describe(error)) }, 'Unexpected error during single sign-on');
  }

  /**
   * The user behind (issuer, subject); on first use, linked by the rules in the README: an existing user or a
   * pending invitation with the same provider-verified email (OIDC_LINK_BY_EMAIL), else a new VIEWER
   * (OIDC_ALLOW_NEW_USERS), else refused.
   */
  private async findOrLink(
    settings: OidcConfig,
    claims: IdClaims,
    manager: EntityManager,
  ): Promise<{ user: UserEntity; linked?: 'email' | 'invitation' | 'new-user' }> {
    const [identity]: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2',
      [claims.iss, claims.sub],
    );
    if (identity) return { user: await this.users.get(identity.user_id, manager) };

    const email = verifiedEmail(claims);
    const displayName = nameOf(claims, email);
    let user: UserEntity | null = null;
    let linked: 'email' | 'invitation' | 'new-user' | undefined;
    if (email) {
      const existing = await this.users.findByEmail(email, manager);
      if (existing) {
        if (!settings.linkByEmail)
          throw new SsoError('no-account', 'a user has this email but linking by email is off');
        // One identity per provider and user: a second subject claiming the same email is not the same person.
        const [other]: unknown[] = await manager.query(
          'SELECT 1 FROM user_identities WHERE user_id = $1 AND issuer = $2',
          [existing.id, claims.iss],
        );
        if (other)
          throw new SsoError('no-account', 'the user with this email is linked to another subject already');
        if (existing.disabledAt) throw new SsoError('disabled', 'the user with this email is disabled');
        user = existing;
        linked = 'email';
      } else if (settings.linkByEmail) {
        user = await this.invitations.acceptBySingleSignOn(email, displayName, manager);
        if (user) linked = 'invitation';
      }
      if (!user && settings.allowNewUsers) {
        user = await this.users.createForSingleSignOn({ email, displayName, role: Role.VIEWER }, manager);
        linked = 'new-user';
      }
    }
    if (!user)
      throw new SsoError(
        'no-account',
        email ? 'no user or invitation has this email' : 'the provider sent no verified email',
      );
    await manager.query(
      `INSERT INTO user_identities (user_id, issuer, subject, email_at_link, last_used_at)
       VALUES ($1, $2, $3, $4, now())`,
      [user.id, claims.iss, claims.sub, email],
    );
    return { user, linked };
  }

  private required(): OidcConfig {
    if (!this.config.oidc) throw new SsoError('off', 'single sign-on is not configured');
    return this.config.oidc;
  }

  /** The provider's metadata, discovered once (again after a failure). */
  private client(settings: OidcConfig): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // Plain http is only accepted by the config for a provider on this machine (development, tests).
        new URL(settings.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw new SsoError('provider', `discovery failed: ${describe(error)}`);
      });
    return this.discovered;
  }

  private browserFrom(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[BROWSER_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
  }

  private cookieOptions(): CookieOptions {
    // Lax: the provider's redirect back is a top-level GET, which carries it.
    return { httpOnly: true, sameSite: 'lax', secure: this.config.session.cookieSecure, path: '/auth/oidc' };
  }
}

/** An email the provider vouches for: `email_verified` (OpenID Connect) or Entra ID's `xms_edov`. */
export function verifiedEmail(claims: IdClaims): string | null {
  if (typeof claims.email !== 'string' || !claims.email.includes('@')) return null;
  if (claims.email_verified !== true && claims.xms_edov !== true) return null;
  return claims.email.trim().toLowerCase();
}

function nameOf(claims: IdClaims, email: string | null): string {
  for (const value of [claims.name, claims.preferred_username, email])
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  return 'New user';
}

/** A path inside the app to return to after signing in; anything else (another site) becomes `/`. */
export function safePath(value: unknown): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    value.length <= 500
    ? value
    : '/';
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const PROVIDER_CODES = new Set([
  'OAUTH_RESPONSE_BODY_ERROR',
  'OAUTH_RESPONSE_IS_NOT_JSON',
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
  'OAUTH_HTTP_REQUEST_FORBIDDEN',
  'OAUTH_REQUEST_PROTOCOL_FORBIDDEN',
  'OAUTH_MISSING_SERVER_METADATA',
  'OAUTH_INVALID_SERVER_METADATA',
]);

/** Turns openid-client's errors into the failure the person is told about. */
function classify(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof oidc.AuthorizationResponseError)
    return new SsoError(
      error.error === 'access_denied' ? 'denied' : 'provider',
      `the provider answered ${error.error}`,
    );
  if (error instanceof oidc.ResponseBodyError)
    return new SsoError('provider', `the token endpoint answered ${error.error}`);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof TypeError || (typeof code === 'string' && PROVIDER_CODES.has(code)))
    return new SsoError('provider', describe(error));
  return new SsoError('token', describe(error));
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`;
}

/** Anything shaped like a JWT or a long opaque token is cut out of a log line. */
export function redact(text: string): string {
  return text.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token]').replace(/[A-Za-z0-9_-]{32,}/g, '[redacted]');
}
