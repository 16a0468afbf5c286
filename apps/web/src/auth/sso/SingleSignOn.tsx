import { Alert, Button, Divider } from '@mantine/core';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignInOptions } from './useSignInOptions';

/** The failures the API names in `/login?sso=…` (see SsoFailure in the API). */
const FAILURES = {
  off: 'failure.off',
  expired: 'failure.expired',
  browser: 'failure.browser',
  denied: 'failure.denied',
  provider: 'failure.provider',
  token: 'failure.token',
  'no-account': 'failure.noAccount',
  disabled: 'failure.disabled',
} as const;

/** Why the last single sign-on failed, from the login page's address; null when it did not. */
export function SingleSignOnFailure({ failure }: { failure: string | null }) {
  const { t } = useTranslation('sso');
  if (!failure) return null;
  const key = failure in FAILURES ? FAILURES[failure as keyof typeof FAILURES] : 'failure.unknown';
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t('failedTitle')}
      role="alert"
    >
      {t(key)}
    </Alert>
  );
}

/**
 * "Sign in with …": an ordinary link to the API, which sends the browser on to the provider and back. `from`
 * is where the person was going (a path inside the app).
 */
export function SingleSignOnButton({ options, from }: { options: SignInOptions; from: string | null }) {
  const { t } = useTranslation('sso');
  if (!options.singleSignOn || !options.singleSignOnLabel) return null;
  const href = from
    ? `${options.singleSignOnPath}?returnTo=${encodeURIComponent(from)}`
    : options.singleSignOnPath;
  return (
    <>
      <Button component="a" href={href} size="md" fullWidth leftSection={<IconKey aria-hidden size={18} />}>
        {options.singleSignOnLabel}
      </Button>
      <Divider
        label={options.localLogin === 'ADMINS' ? t('adminsPassword') : t('orPassword')}
        labelPosition="center"
      />
    </>
  );
}
