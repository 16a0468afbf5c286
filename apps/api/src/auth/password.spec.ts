import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
  });

  it('never accepts a user without a stored hash', async () => {
    expect(await verifyPassword(null, 'convene-timing-equaliser')).toBe(false);
  });

  it.each([
    ['short', 'must be at least 12 characters'],
    ['x'.repeat(129), 'must be at most 128 characters'],
    ['aaaaaaaaaaaaaaa', 'is too easy to guess; use a few more different characters'],
    ['my amina.k password', 'must not contain your email address'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password, 'amina.k@example.org')).toBe(problem);
  });

  it('counts characters, not bytes, so any script works', () => {
    expect(passwordProblem('سلام عليكم يا صديقي', 'a@example.org')).toBeNull();
    expect(passwordProblem('密码密码密码密码密码安全', 'a@example.org')).toBeNull();
  });
});
