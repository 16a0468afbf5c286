import { Alert, Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { ErrorAlert } from '../../../ui/ErrorAlert';

/** A record in the trash says so at the top, with when, and offers to restore it to those who may. */
export function TrashBanner({
  deletedAt,
  onRestore,
}: {
  deletedAt: string;
  onRestore?: () => Promise<unknown>;
}) {
  const { t } = useTranslation('organizations');
  const { dateTime } = useFormatters();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const restore = async () => {
    if (!onRestore) return;
    setBusy(true);
    setError(null);
    try {
      await onRestore();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="orange" variant="light" icon={<IconTrash aria-hidden />} title={t('record.trashed')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('record.trashedSince', { when: dateTime(deletedAt) })}</Text>
        {onRestore ? (
          <Button size="xs" color="orange.8" loading={busy} onClick={() => void restore()}>
            {t('record.restore')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
    </Alert>
  );
}
