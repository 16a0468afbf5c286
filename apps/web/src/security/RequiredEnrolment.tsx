import { useApolloClient } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../auth/AuthLayout';
import { SessionDocument } from '../auth/sessionQuery';
import { useLogout } from '../auth/useLogout';
import { SignInStageDocument } from './documents';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

/** After the password, for a role that requires two-step sign-in: set it up before anything else. */
export function RequiredEnrolment({ email }: { email: string }) {
  const { t } = useTranslation('security');
  const client = useApolloClient();
  const logout = useLogout();
  const [codes, setCodes] = useState<string[] | null>(null);

  return (
    <AuthLayout
      title={t('enrol.requiredTitle')}
      heading={t('enrol.requiredTitle')}
      intro={t('enrol.requiredIntro')}
    >
      <Stack gap="md">
        {codes ? (
          <RecoveryCodesPanel
            codes={codes}
            email={email}
            onDone={() => {
              // The session is a full one now: ask who is signed in, and the router opens the app.
              client.writeQuery({
                query: SignInStageDocument,
                data: { __typename: 'Query', signInStage: 'SIGNED_IN' },
              });
              void client.query({ query: SessionDocument, fetchPolicy: 'network-only' });
            }}
          />
        ) : (
          <EnrolSecondFactor onConfirmed={setCodes} />
        )}
        {codes ? null : (
          <Anchor
            component="button"
            type="button"
            size="sm"
            style={{ alignSelf: 'flex-start' }}
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
        )}
      </Stack>
    </AuthLayout>
  );
}
