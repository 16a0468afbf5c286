import { Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod, ConsentPurpose } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useForm } from '../../../ui/useForm';
import { localToday, METHODS, PURPOSES } from './consentOptions';
import { useRecordConsent, useWithdrawConsent } from './useConsentMutations';

type Field = 'purposes' | 'date' | 'wordingVersion' | 'method' | 'takenBy' | 'note';

export interface ConsentDialogProps {
  /** Record consent given, or its withdrawal; null: closed. */
  mode: 'record' | 'withdraw' | null;
  personId: string;
  /** The person's version as read (a newer one on the server is a conflict). */
  version: number;
  /** Purposes ticked when the dialog opens. */
  preselected: readonly ConsentPurpose[];
  /** Purposes that can be withdrawn (those given now); all seven can be recorded. */
  withdrawable: readonly ConsentPurpose[];
  /** Prefills the wording version (the one used last for this person). */
  lastWordingVersion: string | null;
  onClose: () => void;
}

/** "Record consent" and "Withdraw": which purposes, when, in which wording, how, and who took it. */
export function ConsentDialog({
  mode,
  personId,
  version,
  preselected,
  withdrawable,
  lastWordingVersion,
  onClose,
}: ConsentDialogProps) {
  const { t } = useTranslation('people');
  const [record] = useRecordConsent(personId);
  const [withdraw] = useWithdrawConsent(personId);
  const withdrawing = mode === 'withdraw';
  const initial: Record<Field, string> = {
    purposes: preselected.join(','),
    date: localToday(),
    wordingVersion: lastWordingVersion ?? '',
    method: withdrawing ? 'EMAIL' : 'WRITTEN_FORM',
    takenBy: '',
    note: '',
  };
  const form = useForm<Field>({
    initial,
    validate: (v) => ({
      purposes: v.purposes ? undefined : t('consent.errors.purposes'),
      date: !/^\d{4}-\d{2}-\d{2}$/.test(v.date)
        ? t('consent.errors.date')
        : v.date > localToday()
          ? t('consent.errors.future')
          : undefined,
      wordingVersion: !withdrawing && !v.wordingVersion.trim() ? t('consent.errors.wording') : undefined,
      takenBy: v.method === 'VERBAL' && !v.takenBy.trim() ? t('consent.errors.takenBy') : undefined,
    }),
    submit: async (v) => {
      const common = {
        personId,
        version,
        purposes: v.purposes.split(',') as ConsentPurpose[],
        date: v.date,
        method: v.method as ConsentMethod,
        takenBy: v.takenBy.trim() || null,
        note: v.note.trim() || null,
      };
      if (withdrawing) await withdraw({ variables: { input: common } });
      else await record({ variables: { input: { ...common, wordingVersion: v.wordingVersion.trim() } } });
      notifications.show({
        color: 'green',
        message: withdrawing ? t('consent.withdrawn') : t('consent.recorded'),
        closeButtonProps: { 'aria-label': t('consent.close') },
      });
      onClose();
    },
  });
  // A fresh form each time the dialog opens, with what it was opened for.
  const { reset } = form;
  const key = `${mode ?? ''}|${preselected.join(',')}|${lastWordingVersion ?? ''}`;
  useEffect(() => {
    if (mode) reset(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const offered = withdrawing ? PURPOSES.filter((p) => withdrawable.includes(p)) : PURPOSES;
  const ticked = form.values.purposes ? form.values.purposes.split(',') : [];

  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('consent.close') }}
      title={withdrawing ? t('consent.withdrawTitle') : t('consent.recordTitle')}
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <Checkbox.Group
            label={withdrawing ? t('consent.purposesToWithdraw') : t('consent.purposesGiven')}
            required
            value={ticked}
            onChange={(value) =>
              form.setValue('purposes', PURPOSES.filter((p) => value.includes(p)).join(','))
            }
            error={form.errorOf('purposes')}
          >
            <Stack gap={6} mt={6}>
              {offered.map((purpose, index) => (
                <Checkbox
                  key={purpose}
                  value={purpose}
                  label={t(`consent.purpose.${purpose}`)}
                  name={index === 0 ? 'purposes' : undefined}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="date"
            required
            label={withdrawing ? t('consent.withdrawnOn') : t('consent.givenOn')}
            max={localToday()}
            {...form.field('date')}
          />
          {withdrawing ? null : (
            <TextInput
              required
              label={t('consent.wordingVersion')}
              description={t('consent.wordingVersionHint')}
              {...form.field('wordingVersion')}
            />
          )}
          <Select
            required
            label={t('consent.method')}
            name="method"
            allowDeselect={false}
            data={METHODS.map((m) => ({ value: m, label: t(`consent.methods.${m}`) }))}
            value={form.values.method}
            onChange={(value) => value && form.setValue('method', value)}
            error={form.errorOf('method')}
          />
          <TextInput
            label={t('consent.takenBy')}
            description={t('consent.takenByHint')}
            required={form.values.method === 'VERBAL'}
            {...form.field('takenBy')}
          />
          <Textarea
            label={t('consent.note')}
            description={t('consent.noteHint')}
            rows={2}
            name="note"
            value={form.values.note}
            onChange={(event) => form.setValue('note', event.currentTarget.value)}
            error={form.errorOf('note')}
          />
          <Text size="xs" c="dimmed">
            {t('consent.appendOnly')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('consent.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} color={withdrawing ? 'red' : undefined}>
              {withdrawing ? t('consent.withdrawSubmit') : t('consent.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
