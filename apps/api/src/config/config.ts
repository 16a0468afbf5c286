import { join, resolve } from 'node:path';
import { configSchema } from './config.schema';
import { projectRoot } from './project-root';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  /** Set when an external PostgreSQL is used; otherwise PostgreSQL runs embedded under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  trustProxy: boolean;
  login: { maxFailures: number; lockMinutes: number };
  invitationDays: number;
  /** Dashboard counts of people or organisations below this are suppressed ("fewer than N"). */
  suppressBelow: number;
  /** Seconds between checks that bring the dashboard's rollups up to date (0: only on request, for tests). */
  dashboardRefreshSeconds: number;
  /** Engagements from which the dashboard reads its rollups and index rather than the live tables. */
  dashboardRollupsFrom: number;
  /** Largest file an import accepts, in bytes. */
  importMaxBytes: number;
  /** Minutes between checks whether the daily retention job is due (0: never). */
  retentionCheckMinutes: number;
  webDir: string;
  /** Single sign-on with OpenID Connect; null when not configured. */
  oidc: OidcConfig | null;
  /** Who may sign in with a password: `admins` keeps passwords for break-glass administrators only. */
  localLogin: 'all' | 'admins';
  /**
   * Keys secrets stored in the database (two-step sign-in). Null in production when SECRET_KEY is unset:
   * two-step sign-in then refuses to start, rather than use a key anyone can read in the source.
   */
  secretKey: string | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  buttonLabel: string;
  linkByEmail: boolean;
  allowNewUsers: boolean;
}

/** Used outside production when SECRET_KEY is unset. Public, so never good enough for real data. */
export const DEVELOPMENT_SECRET_KEY = 'convene-development-secret-key-not-for-production';

/** A setting is wrong: start-up stops with this one sentence, naming the setting. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty variables count as unset, as in most deployment tools.
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue.path[0] ?? 'configuration');
    throw new ConfigError(`Setting ${setting} is invalid: ${issue.message}.`);
  }
  const c = parsed.data;
  const root = projectRoot();
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.DATA_DIR ?? join(root, '.data')),
    logLevel: c.LOG_LEVEL,
    session: {
      idleMinutes: c.SESSION_IDLE_MINUTES,
      absoluteHours: c.SESSION_ABSOLUTE_HOURS,
      cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    },
    trustProxy: c.TRUST_PROXY,
    login: { maxFailures: c.LOGIN_MAX_FAILURES, lockMinutes: c.LOGIN_LOCK_MINUTES },
    invitationDays: c.INVITATION_DAYS,
    suppressBelow: c.SUPPRESS_BELOW,
    dashboardRefreshSeconds: c.DASHBOARD_REFRESH_SECONDS,
    importMaxBytes: c.IMPORT_MAX_MB * 1024 * 1024,
    dashboardRollupsFrom: c.DASHBOARD_ROLLUPS_FROM,
    retentionCheckMinutes: c.RETENTION_CHECK_MINUTES,
    webDir: c.WEB_DIR ? resolve(c.WEB_DIR) : join(root, 'dist', 'web'),
    oidc: oidcConfig(c, publicUrl),
    localLogin: c.LOCAL_LOGIN,
    secretKey: c.SECRET_KEY ?? (c.NODE_ENV === 'production' ? null : DEVELOPMENT_SECRET_KEY),
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Single sign-on is on when its three settings are all set; some but not all is a mistake, not "off". */
function oidcConfig(c: ParsedConfig, publicUrl: string): OidcConfig | null {
  const { OIDC_ISSUER: issuerUrl, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = c;
  if (!issuerUrl && !clientId && !clientSecret) {
    if (c.LOCAL_LOGIN === 'admins')
      throw new ConfigError(
        'Setting LOCAL_LOGIN is invalid: admins needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), or nobody else could sign in.',
      );
    return null;
  }
  if (!issuerUrl || !clientId || !clientSecret) {
    const missing = !issuerUrl ? 'OIDC_ISSUER' : !clientId ? 'OIDC_CLIENT_ID' : 'OIDC_CLIENT_SECRET';
    throw new ConfigError(
      `Setting ${missing} is invalid: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.`,
    );
  }
  const issuer = new URL(issuerUrl);
  // The provider's answers are only trustworthy over TLS; plain http only on this machine (development, tests).
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname)))
    throw new ConfigError('Setting OIDC_ISSUER is invalid: must be an https:// URL.');
  const redirectUri = c.OIDC_REDIRECT_URI ?? `${publicUrl}/auth/oidc/callback`;
  if (new URL(redirectUri).pathname !== '/auth/oidc/callback')
    throw new ConfigError('Setting OIDC_REDIRECT_URI is invalid: must end in /auth/oidc/callback.');
  return {
    issuer: issuerUrl,
    clientId,
    clientSecret,
    redirectUri,
    buttonLabel: c.OIDC_BUTTON_LABEL,
    linkByEmail: c.OIDC_LINK_BY_EMAIL,
    allowNewUsers: c.OIDC_ALLOW_NEW_USERS,
  };
}

type ParsedConfig = ReturnType<typeof configSchema.parse>;
