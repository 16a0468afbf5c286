import '@mantine/dates/styles.css';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from './useFollowUpActions';

interface Props {
  followUp: FollowUpRow | null;
  onClose: () => void;
  onSubmit: (followUp: FollowUpRow, dueDate: string) => Promise<boolean>;
}

function DueDateForm({ followUp, onClose, onSubmit }: Props & { followUp: FollowUpRow }) {
  const { t, i18n } = useTranslation(['followUps', 'translation']);
  const [dueDate, setDueDate] = useState<string | null>(followUp.dueDate);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!dueDate) return;
    setSaving(true);
    const done = await onSubmit(followUp, dueDate);
    setSaving(false);
    if (done) onClose();
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <DateInput
          label={t('due.date')}
          value={dueDate}
          onChange={(value) => setDueDate(value ? String(value).slice(0, 10) : null)}
          valueFormat="D MMMM YYYY"
          locale={i18n.resolvedLanguage ?? i18n.language}
          popoverProps={{ withinPortal: true }}
          error={dueDate ? undefined : t('due.required')}
          data-autofocus
          required
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('translation:common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={!dueDate || dueDate === followUp.dueDate}>
            {t('due.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Moves a follow-up's due date (saved with the version read; a conflict shows theirs and yours). */
export function DueDateDialog({ followUp, onClose, onSubmit }: Props) {
  const { t } = useTranslation(['followUps', 'translation']);
  return (
    <Modal
      opened={followUp !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
      title={t('due.title')}
    >
      {followUp ? (
        <DueDateForm key={followUp.id} followUp={followUp} onClose={onClose} onSubmit={onSubmit} />
      ) : null}
    </Modal>
  );
}
