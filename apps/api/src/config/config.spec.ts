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

describe('single sign-on settings', () => {
  const sso = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
    OIDC_CLIENT_ID: 'convene',
    OIDC_CLIENT_SECRET: 'secret',
  };

  it('are off when none is set, and passwords stay for everyone', () => {
    expect(loadConfig({})).toMatchObject({ oidc: null, localLogin: 'all' });
  });

  it('derive the redirect URI from the public URL and default the rest', () => {
    expect(loadConfig({ ...sso, PUBLIC_URL: 'https://convene.example.org/' }).oidc).toEqual({
      issuer: sso.OIDC_ISSUER,
      clientId: 'convene',
      clientSecret: 'secret',
      redirectUri: 'https://convene.example.org/auth/oidc/callback',
      buttonLabel: 'Sign in with UN account',
      linkByEmail: true,
      allowNewUsers: false,
    });
    expect(
      loadConfig({
        ...sso,
        OIDC_REDIRECT_URI: 'https://convene.un.org/auth/oidc/callback',
        OIDC_BUTTON_LABEL: 'Sign in with Entra ID',
        OIDC_LINK_BY_EMAIL: 'false',
        OIDC_ALLOW_NEW_USERS: 'true',
        LOCAL_LOGIN: 'admins',
      }),
    ).toMatchObject({
      oidc: {
        redirectUri: 'https://convene.un.org/auth/oidc/callback',
        buttonLabel: 'Sign in with Entra ID',
        linkByEmail: false,
        allowNewUsers: true,
      },
      localLogin: 'admins',
    });
  });

  it('accept plain http only for a provider on this machine', () => {
    expect(loadConfig({ ...sso, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:4000',
    );
  });

  it.each([
    [
      { OIDC_ISSUER: sso.OIDC_ISSUER },
      'Setting OIDC_CLIENT_ID is invalid: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.',
    ],
    [
      { OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' },
      'Setting OIDC_ISSUER is invalid: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.',
    ],
    [
      { ...sso, OIDC_ISSUER: 'http://login.example.org' },
      'Setting OIDC_ISSUER is invalid: must be an https:// URL.',
    ],
    [
      { ...sso, OIDC_REDIRECT_URI: 'https://convene.example.org/callback' },
      'Setting OIDC_REDIRECT_URI is invalid: must end in /auth/oidc/callback.',
    ],
    [{ ...sso, LOCAL_LOGIN: 'some' }, 'Setting LOCAL_LOGIN is invalid: must be all or admins.'],
    [{ LOCAL_LOGIN: 'admins' }, 'Setting LOCAL_LOGIN is invalid: admins needs single sign-on'],
    [
      { ...sso, OIDC_ALLOW_NEW_USERS: 'perhaps' },
      'Setting OIDC_ALLOW_NEW_USERS is invalid: must be true or false.',
    ],
  ])('stop start-up with one sentence naming the setting: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
