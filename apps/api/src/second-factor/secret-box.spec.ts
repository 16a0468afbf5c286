import { SecretBox } from './secret-box';

const KEY = 'a test key that is long enough for the box 123';

describe('SecretBox', () => {
  it('seals and opens a secret; the sealed text does not contain it and differs each time', () => {
    const box = new SecretBox(KEY);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const a = box.seal(secret, 'totp:user-1');
    const b = box.seal(secret, 'totp:user-1');
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(box.open(a, 'totp:user-1')).toBe(secret);
  });

  it('does not open with another key, for another user or purpose, or after tampering', () => {
    const box = new SecretBox(KEY);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(new SecretBox(`${KEY}!`).open(sealed, 'totp:user-1')).toBeNull();
    expect(box.open(sealed, 'totp:user-2')).toBeNull();
    expect(box.open(sealed, 'totp-pending:user-1')).toBeNull();
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3], 'base64url');
    data[0] ^= 1;
    expect(box.open([...parts.slice(0, 3), data.toString('base64url')].join('.'), 'totp:user-1')).toBeNull();
    expect(box.open('not sealed', 'totp:user-1')).toBeNull();
  });

  it('hashes one-time codes with a key: same code, same hash; another key, another hash', () => {
    const box = new SecretBox(KEY);
    expect(box.hash('abcde23456')).toBe(box.hash('abcde23456'));
    expect(box.hash('abcde23456')).not.toBe(new SecretBox(`${KEY}!`).hash('abcde23456'));
    expect(box.hash('abcde23456')).toMatch(/^[0-9a-f]{64}$/);
  });
});
