import '@mantine/dates/styles.css';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/CurrentUser';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { toAppError } from '../../../ui/errors';
import { ColleagueSelect } from '../../../ui/pickers/ColleaguePicker';
import { RecordPageCreateFollowUpDocument } from './commonDocuments';
import { today } from './useRecordTab';

function inAWeek(): string {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Add follow-up" about an organisation: what, by when, who — the rest can be added from the follow-up. */
export function AddFollowUpModal({
  opened,
  onClose,
  organizationId,
  about,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  organizationId: string;
  /** The organisation's name, said in the dialog (null when withheld). */
  about?: string | null;
  onCreated?: () => void;
}) {
  const { t } = useTranslation('organizations');
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(inAWeek());
  const [ownerId, setOwnerId] = useState<string | null>(me.id);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(RecordPageCreateFollowUpDocument);

  const titleError = attempted && title.trim() === '' ? t('followUp.titleRequired') : undefined;
  const dueError = attempted && !dueDate ? t('followUp.dueRequired') : undefined;
  const serverFields = error ? toAppError(error).fields : [];

  const close = () => {
    setTitle('');
    setDueDate(inAWeek());
    setOwnerId(me.id);
    setAttempted(false);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (title.trim() === '' || !dueDate || !ownerId) return;
    setError(null);
    try {
      await create({
        variables: { input: { organizationId, title: title.trim(), dueDate: dueDate.slice(0, 10), ownerId } },
      });
      notifications.show({ color: 'green', message: t('followUp.created', { title: title.trim() }) });
      onCreated?.();
      close();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('followUp.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {about ? (
            <Text size="sm" c="dimmed">
              {t('followUp.about', { organization: about })}
            </Text>
          ) : null}
          <TextInput
            label={t('followUp.what')}
            required
            data-autofocus
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={titleError ?? serverFields.find((f) => f.field === 'title')?.message}
          />
          <DateInput
            label={t('followUp.due')}
            required
            value={dueDate}
            onChange={setDueDate}
            minDate={today()}
            valueFormat="D MMMM YYYY"
            error={dueError ?? serverFields.find((f) => f.field === 'dueDate')?.message}
          />
          <ColleagueSelect label={t('followUp.owner')} required value={ownerId} onChange={setOwnerId} />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('followUp.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
