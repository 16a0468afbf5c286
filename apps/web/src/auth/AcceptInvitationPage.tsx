import { useQuery } from '@apollo/client/react';
import { Button, Center, Group, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../gql';
import { useFormatters } from '../i18n/format';
import { toAppError } from '../ui/errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import { AuthLayout } from './AuthLayout';
import { confirmationMessage, nameMessage, newPasswordMessage } from './accountValidation';
import { NewPasswordInput } from './NewPasswordInput';
import { useAcceptInvitation } from './useAcceptInvitation';
import { useLogout } from './useLogout';
import { useSession } from './useSession';
import { SingleSignOnButton } from './sso/SingleSignOn';
import { useSignInOptions } from './sso/useSignInOptions';

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      role
      expiresAt
    }
  }
`);

/** `/invite/:token`: a new colleague sees what they are invited as, then chooses a name and a password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { t: tSso } = useTranslation('sso');
  const signInOptions = useSignInOptions();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const logout = useLogout();
  const { date } = useFormatters();
  const acceptInvitation = useAcceptInvitation();
  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, skip: Boolean(me) });
  // Once accepted, the cache is cleared for the new session: keep showing what was loaded until the page leaves.
  const invitation = preview.data?.invitation ?? preview.previousData?.invitation;

  const form = useForm({
    initial: { displayName: '', password: '', confirmation: '' },
    validate: (v) => ({
      displayName: nameMessage(t, v.displayName),
      password: newPasswordMessage(t, v.password, invitation?.email ?? ''),
      confirmation: confirmationMessage(t, v.password, v.confirmation),
    }),
    submit: async (v) => {
      await acceptInvitation({ token, displayName: v.displayName.trim(), password: v.password });
      await navigate('/', { replace: true });
    },
  });

  // Someone already signed in on this browser opened the link: say so rather than mixing two accounts.
  // (While the form is submitting, the new account's session is starting: not this case.)
  if (me && !form.submitting) {
    return (
      <AuthLayout title={t('accept.title')} heading={t('accept.signedInTitle')}>
        <Text>{t('accept.signedIn', { name: me.displayName })}</Text>
        <Group>
          <Button onClick={() => void logout()}>{t('account.signOut')}</Button>
          <Button variant="default" onClick={() => void navigate('/')}>
            {t('accept.continue', { name: me.displayName })}
          </Button>
        </Group>
      </AuthLayout>
    );
  }

  if (preview.loading && !invitation) {
    return (
      <AuthLayout title={t('accept.title')} heading={t('accept.heading')}>
        <Center role="status" py="md">
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text c="dimmed">{t('accept.checking')}</Text>
          </Group>
        </Center>
      </AuthLayout>
    );
  }

  if (!invitation) {
    const code = preview.error ? toAppError(preview.error).code : 'NOT_FOUND';
    const unusable = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
    return (
      <AuthLayout
        title={t('accept.title')}
        heading={unusable ? t('accept.invalidTitle') : t('accept.heading')}
      >
        {unusable ? (
          <Text>{t('accept.invalidNext')}</Text>
        ) : (
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        )}
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={t('accept.title')}
      heading={t('accept.heading')}
      intro={
        <>
          {t('accept.intro', { role: t(`roles.${invitation.role}`), email: invitation.email })}{' '}
          {t('accept.expires', { date: date(invitation.expiresAt) })}
        </>
      }
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          {form.serverError ? (
            <ErrorAlert
              error={form.serverError}
              title={form.serverError.code === 'NOT_FOUND' ? t('accept.invalidTitle') : undefined}
              next={form.serverError.code === 'NOT_FOUND' ? t('accept.invalidNext') : undefined}
              otherFields={form.otherFieldErrors}
              {...(form.serverError.reason === 'SINGLE_SIGN_ON_REQUIRED'
                ? {
                    title: tSso('invitationAdminsOnly', { label: signInOptions?.singleSignOnLabel ?? '' }),
                    next: null,
                  }
                : {})}
            />
          ) : null}
          {signInOptions?.singleSignOn ? (
            <>
              <Text size="sm">{tSso('invitationHint', { email: invitation.email })}</Text>
              <SingleSignOnButton options={signInOptions} from={null} />
            </>
          ) : null}
          <TextInput
            {...form.field('displayName')}
            label={t('form.displayName')}
            description={t('form.displayNameHint')}
            autoComplete="name"
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
            {t('accept.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
