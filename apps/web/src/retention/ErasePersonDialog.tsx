import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErasePersonDocument } from './documents';

export interface ErasePersonDialogProps {
  opened: boolean;
  onClose: () => void;
  person: { id: string; fullName: string };
  /** After the erasure (the dialog has closed). */
  onErased: () => void;
}

/**
 * Erase… a person: says that it cannot be undone, asks why, and is confirmed by typing the person's name.
 * Administrators only (the caller offers it only to them; the API checks again).
 */
export function ErasePersonDialog({ opened, onClose, person, onErased }: ErasePersonDialogProps) {
  const { t } = useTranslation(['retention', 'translation']);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [erase, { loading }] = useMutation(ErasePersonDocument);
  const nameMatches = typed.trim() === person.fullName.trim();
  const ready = nameMatches && reason.trim().length > 0;

  const close = () => {
    if (loading) return;
    setReason('');
    setTyped('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    setError(null);
    try {
      await erase({ variables: { input: { id: person.id, reason: reason.trim() } } });
      setReason('');
      setTyped('');
      onClose();
      onErased();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('retention:erase.title', { name: person.fullName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('translation:common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void submit();
        }}
      >
        <Stack gap="md">
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('retention:erase.warningTitle')}
          >
            {t('retention:erase.warning')}
          </Alert>
          <Text size="sm">{t('retention:erase.keeps')}</Text>
          <Textarea
            label={t('retention:erase.reason')}
            description={t('retention:erase.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            rows={3}
            required
          />
          <TextInput
            label={t('retention:erase.typeName', { name: person.fullName })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            required
            error={typed && !nameMatches ? t('retention:erase.nameMismatch') : undefined}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading} data-autofocus>
              {t('retention:erase.cancel')}
            </Button>
            <Button type="submit" color="red.8" disabled={!ready} loading={loading}>
              {t('retention:erase.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
