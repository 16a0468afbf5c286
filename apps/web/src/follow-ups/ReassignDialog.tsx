import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColleagueSelect } from '../ui/pickers';
import type { FollowUpRow } from './useFollowUpActions';

interface Props {
  followUp: FollowUpRow | null;
  onClose: () => void;
  onSubmit: (followUp: FollowUpRow, ownerId: string) => Promise<boolean>;
}

function ReassignForm({ followUp, onClose, onSubmit }: Props & { followUp: FollowUpRow }) {
  const { t } = useTranslation(['followUps', 'translation']);
  const [ownerId, setOwnerId] = useState<string | null>(followUp.ownerId);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!ownerId) return;
    setSaving(true);
    const done = await onSubmit(followUp, ownerId);
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
        <ColleagueSelect
          label={t('reassign.owner')}
          description={t('reassign.ownerHint')}
          value={ownerId}
          known={[followUp.owner]}
          onChange={setOwnerId}
          data-autofocus
          required
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('translation:common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={!ownerId || ownerId === followUp.ownerId}>
            {t('reassign.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Hands a follow-up to a colleague (one the user may hand work to). */
export function ReassignDialog({ followUp, onClose, onSubmit }: Props) {
  const { t } = useTranslation(['followUps', 'translation']);
  return (
    <Modal
      opened={followUp !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
      title={t('reassign.title')}
    >
      {followUp ? (
        <ReassignForm key={followUp.id} followUp={followUp} onClose={onClose} onSubmit={onSubmit} />
      ) : null}
    </Modal>
  );
}
