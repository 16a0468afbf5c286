import { useQuery } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { formatWait } from '../i18n/format';
import type { AppError } from '../ui/errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import { AuthLayout } from './AuthLayout';
import { emailMessage } from './accountValidation';
import { useLogin } from './useLogin';
import { useSessionNotice } from './SessionNotice';
import { SingleSignOnButton, SingleSignOnFailure } from './sso/SingleSignOn';
import { useSignInOptions } from './sso/useSignInOptions';
import { SignInStageDocument } from '../security/documents';
import { RequiredEnrolment } from '../security/RequiredEnrolment';
import { SecondFactorStep } from '../security/SecondFactorStep';

/** Sign-in failures have their own words: they are about this form, not about the app in general. */
function loginErrorText(t: TFunction, error: AppError): { title?: string; next?: string | null } {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { title: t('login.badCredentials'), next: null };
    case 'FORBIDDEN':
      return { title: t('login.disabled'), next: null };
    case 'TOO_MANY_REQUESTS':
      return {
        title: t('login.throttledTitle'),
        next: t('login.throttled', { wait: formatWait(t, error.retryAfterSeconds) }),
      };
    default:
      return {};
  }
}

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const { sessionEnded, setSessionEnded } = useSessionNotice();
  const { t: tSso } = useTranslation('sso');
  const signInOptions = useSignInOptions();
  const [searchParams] = useSearchParams();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const stage = useQuery(SignInStageDocument, { fetchPolicy: 'cache-only' }).data?.signInStage;
  const form = useForm({
    initial: { email: '', password: '' },
    validate: (v) => ({
      email: emailMessage(t, v.email),
      password: v.password ? undefined : t('form.passwordRequired'),
    }),
    submit: async (v) => {
      await login({ email: v.email.trim(), password: v.password });
      setSessionEnded(false);
    },
  });

  // After the password, an account with two-step sign-in (or a role that requires it) has one more step.
  if (stage === 'SECOND_FACTOR') return <SecondFactorStep />;
  if (stage === 'ENROL_SECOND_FACTOR') return <RequiredEnrolment email={form.values.email.trim()} />;

  return (
    <AuthLayout title={t('login.title')} heading={t('login.heading')} footer={t('login.noAccount')}>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          {sessionEnded && !form.serverError ? (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
              {t('login.sessionEnded')}
            </Alert>
          ) : null}
          {form.serverError ? (
            <ErrorAlert
              error={form.serverError}
              otherFields={form.otherFieldErrors}
              {...loginErrorText(t, form.serverError)}
              {...(form.serverError.reason === 'SINGLE_SIGN_ON_REQUIRED'
                ? {
                    title: tSso('passwordAdminsOnly', { label: signInOptions?.singleSignOnLabel ?? '' }),
                    next: null,
                  }
                : {})}
            />
          ) : null}
          <SingleSignOnFailure failure={searchParams.get('sso')} />
          {signInOptions ? (
            <SingleSignOnButton options={signInOptions} from={typeof from === 'string' ? from : null} />
          ) : null}
          <TextInput
            {...form.field('email')}
            type="email"
            label={t('form.email')}
            autoComplete="username"
            required
          />
          <PasswordInput
            {...form.field('password')}
            label={t('form.password')}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
            required
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
