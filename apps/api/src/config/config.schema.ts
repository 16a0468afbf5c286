import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/**
 * Every setting Convene reads from the environment. Defaults work on a laptop; secrets only come from the
 * environment. Documented in the README's configuration table — keep both in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: int(1, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ message: 'must be a URL such as https://convene.example.org' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: int(1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: int(1, 24 * 30).default(12),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  LOGIN_MAX_FAILURES: int(1, 100).default(5),
  LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
  INVITATION_DAYS: int(1, 90).default(7),
  /** Dashboard counts of people or organisations below this read "fewer than N". */
  SUPPRESS_BELOW: int(1, 100).default(5),
  /** How often the dashboard's rollups are brought up to date when data changed (seconds; 0: never, for tests). */
  DASHBOARD_REFRESH_SECONDS: int(0, 50).default(20),
  /**
   * Below this many engagements the dashboard reads the live tables, exact to the second (they answer in
   * milliseconds at that size); from it on, the rollups and the engagement index, up to a minute behind.
   */
  DASHBOARD_ROLLUPS_FROM: int(0, 100_000_000).default(50_000),
  /** Largest file an import accepts, in megabytes. */
  IMPORT_MAX_MB: int(1, 1024).default(50),
  /** How often each instance checks whether the daily retention job is due (minutes; 0: never, for tests). */
  RETENTION_CHECK_MINUTES: int(0, 1440).default(60),
  /**
   * Encrypts two-step sign-in secrets at rest (AES-256-GCM, key derived with HKDF-SHA-256). At least 32
   * characters; keep it out of the database and its backups. Unset outside production: a fixed development key.
   */
  SECRET_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (for example: openssl rand -base64 48)')
    .optional(),
  /** Where the built web app is (default dist/web): tests build it elsewhere to run side by side. */
  WEB_DIR: z.string().min(1).optional(),
  /** Single sign-on (OpenID Connect): the provider's issuer URL; unset = no single sign-on. */
  OIDC_ISSUER: z
    .url({ message: 'must be the issuer URL, such as https://login.microsoftonline.com/<tenant>/v2.0' })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  /** Where the provider sends people back (default: PUBLIC_URL + /auth/oidc/callback). */
  OIDC_REDIRECT_URI: z.url({ message: 'must be a URL ending in /auth/oidc/callback' }).optional(),
  OIDC_BUTTON_LABEL: z.string().min(1).max(60).default('Sign in with UN account'),
  /** First sign-in links an existing user or a pending invitation with the same, provider-verified email. */
  OIDC_LINK_BY_EMAIL: bool.default(true),
  /** Someone the provider knows but Convene does not gets a new read-only (VIEWER) account. */
  OIDC_ALLOW_NEW_USERS: bool.default(false),
  /** Who may still sign in with a password: everyone, or administrators only (break-glass; needs OIDC). */
  LOCAL_LOGIN: z.enum(['all', 'admins'], { message: 'must be all or admins' }).default('all'),
});

export type ConfigInput = z.input<typeof configSchema>;
