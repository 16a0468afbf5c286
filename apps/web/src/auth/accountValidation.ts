import type { TFunction } from 'i18next';
import { characterCount, isEmail, NAME_MAX, passwordProblem } from '../ui/validation';

export function emailMessage(t: TFunction, email: string): string | undefined {
  return isEmail(email) ? undefined : t('form.emailInvalid');
}

export function nameMessage(t: TFunction, name: string): string | undefined {
  if (!name.trim()) return t('form.nameRequired');
  if (characterCount(name.trim()) > NAME_MAX) return t('form.nameTooLong');
  return undefined;
}

export function newPasswordMessage(t: TFunction, password: string, email: string): string | undefined {
  switch (passwordProblem(password, email)) {
    case 'tooShort':
      return t('form.passwordTooShort');
    case 'tooLong':
      return t('form.passwordTooLong');
    case 'hasEmail':
      return t('form.passwordHasEmail');
    case 'tooSimple':
      return t('form.passwordTooSimple');
    case null:
      return undefined;
  }
}

export function confirmationMessage(
  t: TFunction,
  password: string,
  confirmation: string,
): string | undefined {
  return password === confirmation ? undefined : t('form.passwordMismatch');
}
