/** The server's rules, mirrored so people learn of a mistake before a round trip. The server stays the judge. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 120;

// Deliberately simple: something@something.something, no spaces. The server checks properly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim()) && value.trim().length <= 254;
}

/** Length in characters as people count them (an emoji is one), as the server does. */
export function characterCount(value: string): number {
  return [...value].length;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'hasEmail' | 'tooSimple' | null;

/** Same order and rules as the server's check of a new password. */
export function passwordProblem(value: string, email = ''): PasswordProblem {
  const length = characterCount(value);
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const local = email.trim().split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && value.toLowerCase().includes(local)) return 'hasEmail';
  if (new Set(value).size < 4) return 'tooSimple';
  return null;
}
