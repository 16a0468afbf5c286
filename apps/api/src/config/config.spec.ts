import { ConfigError, DEVELOPMENT_SECRET_KEY, loadConfig } from './config';

describe('loadConfig', () => {
  it('works on a laptop with no settings at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: false },
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('turns secure cookies on in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).session.cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).session.cookieSecure).toBe(false);
  });

  it.each([
    [{ PORT: '70000' }, 'Setting PORT is invalid: must be at most 65535.'],
    [{ PORT: '80a' }, 'Setting PORT is invalid: must be a whole number from 1 to 65535.'],
    [{ DATABASE_URL: 'mysql://x' }, 'Setting DATABASE_URL is invalid: must be a postgres:// URL.'],
    [
      { NODE_ENV: 'staging' },
      'Setting NODE_ENV is invalid: Invalid option: expected one of "development"|"test"|"production".',
    ],
    [{ COOKIE_SECURE: 'maybe' }, 'Setting COOKIE_SECURE is invalid: must be true or false.'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'Setting SESSION_IDLE_MINUTES is invalid: must be at least 1.'],
  ])('stops with one sentence naming the setting: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('uses the development secret key only outside production', () => {
    expect(loadConfig({}).secretKey).toBe(DEVELOPMENT_SECRET_KEY);
    expect(loadConfig({ NODE_ENV: 'production' }).secretKey).toBeNull();
    const key = 'x'.repeat(16) + 'y'.repeat(16);
    expect(loadConfig({ NODE_ENV: 'production', SECRET_KEY: key }).secretKey).toBe(key);
    expect(() => loadConfig({ SECRET_KEY: 'too short' })).toThrow(
      'Setting SECRET_KEY is invalid: must be at least 32 characters (for example: openssl rand -base64 48).',
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });
});
