import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../auth/AuthLayout';
import { startSession } from '../auth/session';
import { useLogout } from '../auth/useLogout';
import { formatWait } from '../i18n/format';
import type { AppError } from '../ui/errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import { SignInStageDocument, VerifySecondFactorDocument } from './documents';

function codeErrorText(t: TFunction<'security'>, tc: TFunction, error: AppError) {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return { title: t('codeStep.wrong'), next: null };
    case 'UNAUTHENTICATED':
      return { title: t('codeStep.expired'), next: null };
    case 'TOO_MANY_REQUESTS':
      return {
        title: tc('login.throttledTitle'),
        next: tc('login.throttled', { wait: formatWait(tc, error.retryAfterSeconds) }),
      };
    default:
      return {};
  }
}

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
export function SecondFactorStep() {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const logout = useLogout();
  const [verify] = useMutation(VerifySecondFactorDocument);
  const [recovery, setRecovery] = useState(false);
  const form = useForm({
    initial: { code: '' },
    validate: (v) => ({ code: v.code.trim() ? undefined : t('codeStep.required') }),
    submit: async (v) => {
      const { data } = await verify({ variables: { input: { code: v.code.trim() } } });
      if (!data) throw new Error('The answer had no data.');
      client.writeQuery({
        query: SignInStageDocument,
        data: { __typename: 'Query', signInStage: 'SIGNED_IN' },
      });
      startSession(client, data.verifySecondFactor);
    },
  });
  const expired = form.serverError?.code === 'UNAUTHENTICATED';

  return (
    <AuthLayout
      title={t('codeStep.title')}
      heading={t('codeStep.heading')}
      intro={recovery ? t('codeStep.introRecovery') : t('codeStep.intro')}
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          {form.serverError ? (
            <ErrorAlert error={form.serverError} {...codeErrorText(t, tc, form.serverError)} />
          ) : null}
          <TextInput
            {...form.field('code')}
            key={recovery ? 'recovery' : 'app'}
            label={recovery ? t('codeStep.recoveryCode') : t('codeStep.code')}
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            spellCheck={false}
            autoFocus
            required
          />
          <Button type="submit" loading={form.submitting} disabled={expired} fullWidth>
            {t('codeStep.submit')}
          </Button>
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setRecovery((r) => !r);
                form.reset({ code: '' });
              }}
            >
              {recovery ? t('codeStep.useApp') : t('codeStep.useRecovery')}
            </Anchor>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                void logout().finally(() =>
                  client.writeQuery({
                    query: SignInStageDocument,
                    data: { __typename: 'Query', signInStage: 'SIGNED_OUT' },
                  }),
                );
              }}
            >
              {t('codeStep.cancel')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
