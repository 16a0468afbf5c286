import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationRole, ParticipationStatus } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RecordPicker } from '../../ui/pickers/RecordPicker';
import type { PickedRecord } from '../../ui/pickers/records';
import { useForm } from '../../ui/useForm';
import { CreateParticipationDocument, ParticipationsDocument } from '../documents';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES } from './options';
import { useNotify } from '../../ui/useNotify';

type Field = 'personId' | 'role' | 'status';

/**
 * Adds people to the Dialogue (one or several at once): the shared RecordPicker restricted to people, which
 * matches only those this user may see by name (a withheld person is never matched) and can create a missing
 * one; then a role and status for them all. The organisation each represents defaults to their primary one.
 * Mounted only while open, so it starts afresh each time.
 */
export function AddParticipantDialog({
  opened,
  onClose,
  dialogueId,
}: {
  opened: boolean;
  onClose: () => void;
  dialogueId: string;
}) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const notify = useNotify();
  const [people, setPeople] = useState<PickedRecord[]>([]);
  const [create] = useMutation(CreateParticipationDocument);
  const [refresh] = useMutation(CreateParticipationDocument, { refetchQueries: [ParticipationsDocument] });

  const form = useForm<Field>({
    initial: { personId: '', role: 'PARTICIPANT', status: 'INVITED' },
    validate: (values) => (values.personId ? {} : { personId: t('participants.errors.person') }),
    submit: async (values) => {
      const role = values.role as ParticipationRole;
      const status = values.status as ParticipationStatus;
      const added: string[] = [];
      try {
        for (const [index, person] of people.entries()) {
          // The last one refreshes the list, so it is fetched once.
          const mutate = index === people.length - 1 ? refresh : create;
          await mutate({ variables: { input: { dialogueId, personId: person.id, role, status } } });
          added.push(person.id);
        }
      } finally {
        if (added.length) {
          setPeople((current) => current.filter((p) => !added.includes(p.id)));
          form.setValue(
            'personId',
            people
              .filter((p) => !added.includes(p.id))
              .map((p) => p.id)
              .join(','),
          );
        }
      }
      notify.done(
        people.length === 1
          ? t('participants.added', { name: people[0]?.name ?? '' })
          : t('participants.addedMany', { count: people.length }),
      );
      onClose();
    },
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('participants.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={form.formRef} onSubmit={form.onSubmit} noValidate>
        <Stack gap="sm">
          <RecordPicker
            label={t('participants.person')}
            description={t('participants.personHint')}
            placeholder={t('participants.personPlaceholder')}
            name="personId"
            required
            kinds={['PERSON']}
            autoFocusInModal
            value={people}
            onChange={(value) => {
              setPeople(value);
              form.setValue('personId', value.map((p) => p.id).join(','));
            }}
            error={form.errorOf('personId')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label={t('participants.role')}
              name="role"
              data={PARTICIPATION_ROLES.map((value) => ({
                value,
                label: t(`ui:enum.ParticipationRole.${value}`),
              }))}
              value={form.values.role}
              onChange={(value) => form.setValue('role', value ?? 'PARTICIPANT')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('participants.status')}
              name="status"
              data={PARTICIPATION_STATUSES.map((value) => ({
                value,
                label: t(`ui:enum.ParticipationStatus.${value}`),
              }))}
              value={form.values.status}
              onChange={(value) => form.setValue('status', value ?? 'INVITED')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('participants.organisationHint')}
          </Text>
          {form.serverError ? (
            <ErrorAlert error={form.serverError} otherFields={form.otherFieldErrors} />
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('participants.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
