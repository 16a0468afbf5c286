import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import { AuthLayout } from './AuthLayout';
import { confirmationMessage, emailMessage, nameMessage, newPasswordMessage } from './accountValidation';
import { NewPasswordInput } from './NewPasswordInput';
import { useCreateFirstAdmin } from './useCreateFirstAdmin';
import { useSession } from './useSession';

/** First run: the only page reachable until Convene has an administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const createFirstAdmin = useCreateFirstAdmin();
  const { refetch } = useSession();
  const form = useForm({
    initial: { displayName: '', email: '', password: '', confirmation: '' },
    validate: (v) => ({
      displayName: nameMessage(t, v.displayName),
      email: emailMessage(t, v.email),
      password: newPasswordMessage(t, v.password, v.email),
      confirmation: confirmationMessage(t, v.password, v.confirmation),
    }),
    submit: async (v) => {
      await createFirstAdmin({
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        password: v.password,
      });
    },
  });
  const alreadySetUp = form.serverError?.code === 'CONFLICT';

  return (
    <AuthLayout title={t('setup.title')} heading={t('setup.heading')} intro={t('setup.intro')}>
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          {form.serverError ? (
            <ErrorAlert
              error={form.serverError}
              title={alreadySetUp ? t('setup.alreadyDone') : undefined}
              next={alreadySetUp ? t('setup.alreadyDoneNext') : undefined}
              otherFields={form.otherFieldErrors}
              onRetry={alreadySetUp ? refetch : undefined}
            />
          ) : null}
          <TextInput
            {...form.field('displayName')}
            label={t('form.displayName')}
            description={t('form.displayNameHint')}
            autoComplete="name"
            required
          />
          <TextInput
            {...form.field('email')}
            type="email"
            label={t('form.email')}
            autoComplete="email"
            required
          />
          <NewPasswordInput {...form.field('password')} label={t('form.newPassword')} required />
          <PasswordInput
            {...form.field('confirmation')}
            label={t('form.confirmPassword')}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
            required
          />
          <Button type="submit" loading={form.submitting} fullWidth mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
