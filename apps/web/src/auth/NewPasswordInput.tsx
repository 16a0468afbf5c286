import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { characterCount, PASSWORD_MIN, passwordProblem } from '../ui/validation';

type Level = 'empty' | 'short' | 'tooLong' | 'fair' | 'strong';

/** A rough, honest hint: length matters most, then variety. No meter, no score to game. */
export function passwordLevel(value: string): Level {
  const length = characterCount(value);
  if (length === 0) return 'empty';
  const problem = passwordProblem(value);
  if (problem === 'tooShort') return 'short';
  if (problem === 'tooLong') return 'tooLong';
  const words = value.trim().split(/\s+/).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return length >= 20 || (length >= 16 && (kinds >= 3 || words >= 3)) ? 'strong' : 'fair';
}

export type NewPasswordInputProps = Omit<PasswordInputProps, 'description'>;

/** A password field for a new password, with the rule and a strength hint as its description. */
export function NewPasswordInput({ value, ...props }: NewPasswordInputProps) {
  const { t } = useTranslation();
  const text = typeof value === 'string' ? value : '';
  const level = passwordLevel(text);
  const hint = {
    empty: '',
    short: t('password.needMore', { count: PASSWORD_MIN - characterCount(text) }),
    tooLong: t('password.tooLong'),
    fair: t('password.fair'),
    strong: t('password.strong'),
  }[level];

  return (
    <PasswordInput
      {...props}
      value={value}
      autoComplete="new-password"
      visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
      description={
        <>
          <span style={{ display: 'block' }}>{t('password.rule')}</span>
          {hint ? (
            <span style={{ display: 'block' }} data-password-level={level}>
              {hint}
            </span>
          ) : null}
        </>
      }
    />
  );
}
