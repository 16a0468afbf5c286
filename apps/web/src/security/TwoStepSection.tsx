import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notify } from './notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useForm } from '../ui/useForm';
import {
  DisableSecondFactorDocument,
  MySecondFactorDocument,
  RegenerateRecoveryCodesDocument,
} from './documents';
import { EnrolSecondFactor } from './EnrolSecondFactor';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

/** Two-step sign-in of one's own account: turn on (with recovery codes), new codes, turn off. */
export function TwoStepSection() {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const { data, error, refetch } = useQuery(MySecondFactorDocument, { fetchPolicy: 'cache-and-network' });
  const [codes, setCodes] = useState<string[] | null>(null);
  // A new attempt (after Cancel) starts the enrolment afresh.
  const [attempt, setAttempt] = useState(0);
  const status = data?.mySecondFactor;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="two-step-title">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="two-step-title">
            {t('twoStep.title')}
          </Title>
          {status ? (
            <Badge color={status.enabled ? 'green' : 'gray'} variant="light">
              {status.enabled ? t('twoStep.on') : t('twoStep.off')}
            </Badge>
          ) : null}
        </Group>
        {error && !status ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!status && !error ? <Skeleton h={60} /> : null}
        {codes ? (
          <RecoveryCodesPanel codes={codes} email={me.email} onDone={() => setCodes(null)} />
        ) : status && !status.enabled ? (
          <>
            <Text size="sm">{t('twoStep.explainOff')}</Text>
            <EnrolSecondFactor
              key={attempt}
              onConfirmed={(next) => {
                setCodes(next);
                notify(tc, 'green', t('twoStep.turnedOn'));
                void refetch();
              }}
              onCancel={() => setAttempt((n) => n + 1)}
            />
          </>
        ) : status ? (
          <>
            <Text size="sm">{t('twoStep.explainOn')}</Text>
            <Text size="sm" c="dimmed">
              {t('twoStep.codesLeft', { count: status.recoveryCodesLeft })}
            </Text>
            <NewCodesForm onCodes={setCodes} onDone={() => void refetch()} />
            {status.requiredForMyRole ? (
              <Text size="sm">{t('twoStep.required')}</Text>
            ) : (
              <DisableForm onDone={() => void refetch()} />
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function NewCodesForm({ onCodes, onDone }: { onCodes: (codes: string[]) => void; onDone: () => void }) {
  const { t } = useTranslation('security');
  const [regenerate] = useMutation(RegenerateRecoveryCodesDocument);
  const form = useForm({
    initial: { code: '' },
    validate: (v) => ({ code: v.code.trim() ? undefined : t('twoStep.codeRequired') }),
    submit: async (v) => {
      const { data } = await regenerate({ variables: { input: { code: v.code.trim() } } });
      if (!data) throw new Error('The answer had no data.');
      form.reset({ code: '' });
      onCodes(data.regenerateRecoveryCodes.codes);
      onDone();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate aria-labelledby="new-codes-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="new-codes-title">
          {t('twoStep.newCodesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('twoStep.newCodesHelp')}
        </Text>
        {form.serverError ? (
          <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
        ) : null}
        <Group align="flex-end" gap="sm">
          <TextInput
            {...form.field('code')}
            label={t('codeStep.code')}
            autoComplete="one-time-code"
            maw={220}
          />
          <Button type="submit" variant="default" loading={form.submitting}>
            {t('twoStep.newCodes')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const [disable] = useMutation(DisableSecondFactorDocument);
  const form = useForm({
    initial: { password: '', code: '' },
    validate: (v) => ({
      password: v.password ? undefined : t('twoStep.passwordRequired'),
      code: v.code.trim() ? undefined : t('twoStep.codeRequired'),
    }),
    submit: async (v) => {
      await disable({ variables: { input: { password: v.password, code: v.code.trim() } } });
      notify(tc, 'un', t('twoStep.turnedOff'));
      onDone();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate aria-labelledby="disable-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="disable-title">
          {t('twoStep.disableTitle')}
        </Title>
        {form.serverError ? (
          <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
        ) : null}
        <Group align="flex-end" gap="sm">
          <PasswordInput
            {...form.field('password')}
            label={t('twoStep.password')}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': tc('form.showPassword') }}
            w={240}
          />
          <TextInput {...form.field('code')} label={t('twoStep.code')} autoComplete="one-time-code" w={240} />
          <Button type="submit" color="red" variant="light" loading={form.submitting}>
            {t('twoStep.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
