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
  webDir: string;
  /**
   * Keys secrets stored in the database (two-step sign-in). Null in production when SECRET_KEY is unset:
   * two-step sign-in then refuses to start, rather than use a key anyone can read in the source.
   */
  secretKey: string | null;
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
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
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
    webDir: c.WEB_DIR ? resolve(c.WEB_DIR) : join(root, 'dist', 'web'),
    secretKey: c.SECRET_KEY ?? (c.NODE_ENV === 'production' ? null : DEVELOPMENT_SECRET_KEY),
  };
}
