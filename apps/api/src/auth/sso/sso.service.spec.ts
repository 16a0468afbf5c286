import { redactUrl } from '../../logging/logger';
import { redact, safePath, verifiedEmail } from './sso.service';

describe('single sign-on rules', () => {
  it('trust an email only when the provider vouches for it', () => {
    const base = { iss: 'https://idp', sub: 's' };
    expect(verifiedEmail({ ...base, email: ' Ana@UN.org ', email_verified: true })).toBe('ana@un.org');
    expect(verifiedEmail({ ...base, email: 'ana@un.org', xms_edov: true })).toBe('ana@un.org');
    expect(verifiedEmail({ ...base, email: 'ana@un.org', email_verified: false })).toBeNull();
    expect(verifiedEmail({ ...base, email: 'ana@un.org', email_verified: 'true' })).toBeNull();
    expect(verifiedEmail({ ...base, email: 'ana@un.org' })).toBeNull();
    expect(verifiedEmail({ ...base, email_verified: true })).toBeNull();
  });

  it('return only to paths inside the app', () => {
    expect(safePath('/organizations?q=1')).toBe('/organizations?q=1');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '', undefined, ['/x']])
      expect(safePath(bad)).toBe('/');
  });

  it('keep codes and tokens out of log lines', () => {
    expect(redactUrl('/auth/oidc/callback?code=abc.def&state=xyz&iss=https%3A%2F%2Fidp')).toBe(
      '/auth/oidc/callback?code=[redacted]&state=[redacted]&iss=https%3A%2F%2Fidp',
    );
    expect(redactUrl('/graphql')).toBe('/graphql');
    expect(redact('bad token eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl here')).toBe('bad token [token] here');
    expect(redact(`code ${'a'.repeat(40)}`)).toBe('code [redacted]');
  });
});
