import { useMutation } from '@apollo/client/react';
import { Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartSecondFactorEnrolmentMutation } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { toAppError, type AppError } from '../ui/errors';
import { useForm } from '../ui/useForm';
import { ConfirmSecondFactorDocument, StartSecondFactorEnrolmentDocument } from './documents';

type Enrolment = StartSecondFactorEnrolmentMutation['startSecondFactorEnrolment'];

/**
 * Setting up two-step sign-in: a secret made on the server, shown as a QR code and as a key to type; turned on
 * only once the app's current code is confirmed. Hands the recovery codes to `onConfirmed`.
 */
export function EnrolSecondFactor({
  onConfirmed,
  onCancel,
}: {
  onConfirmed: (codes: string[]) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('security');
  const [start, { loading: starting }] = useMutation(StartSecondFactorEnrolmentDocument);
  const [confirm] = useMutation(ConfirmSecondFactorDocument);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [startError, setStartError] = useState<AppError | null>(null);
  const form = useForm({
    initial: { code: '' },
    validate: (v) => ({
      code: /^\d{6}$/.test(v.code.replace(/\s/g, '')) ? undefined : t('twoStep.codeRequired'),
    }),
    submit: async (v) => {
      const { data } = await confirm({ variables: { input: { code: v.code.replace(/\s/g, '') } } });
      if (!data) throw new Error('The answer had no data.');
      onConfirmed(data.confirmSecondFactor.codes);
    },
  });

  if (!enrolment) {
    return (
      <Stack gap="sm">
        {startError ? <ErrorAlert error={startError} /> : null}
        <Group>
          <Button
            loading={starting}
            onClick={() => {
              setStartError(null);
              start().then(
                ({ data }) => setEnrolment(data?.startSecondFactorEnrolment ?? null),
                (error: unknown) => setStartError(toAppError(error)),
              );
            }}
          >
            {t('enrol.start')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('enrol.scan')}</Text>
        <Image src={enrolment.qrCodeDataUrl} alt={t('enrol.qrAlt')} w={200} h={200} fit="contain" />
        <Text size="sm">{t('enrol.manual')}</Text>
        <Group gap="sm">
          <Code fz="sm" data-testid="manual-key" style={{ overflowWrap: 'anywhere' }}>
            {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
          </Code>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => void navigator.clipboard?.writeText(enrolment.secret)}
          >
            {t('enrol.copyKey')}
          </Button>
        </Group>
        <Text size="sm">{t('enrol.confirmStep')}</Text>
        {form.serverError ? (
          <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
        ) : null}
        <TextInput
          {...form.field('code')}
          label={t('enrol.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maw={240}
          required
        />
        <Group gap="sm">
          <Button type="submit" loading={form.submitting}>
            {t('enrol.confirm')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('enrol.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
