import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { RiskLevel } from '../../../ui/protection/RiskBadge';

const LEVELS: readonly RiskLevel[] = ['STANDARD', 'ELEVATED', 'HIGH'];

/**
 * Risk levels are set in one place, by those allowed (`protection.manage`): what each level means, and who
 * will still see the record, before the change is made.
 */
export function ProtectionModal({
  opened,
  onClose,
  current,
  onSave,
}: {
  opened: boolean;
  onClose: () => void;
  current: RiskLevel | null;
  /** Saves the level (with the version read); resolves when done. */
  onSave: (level: RiskLevel) => Promise<unknown>;
}) {
  const { t } = useTranslation(['organizations', 'ui']);
  const { t: tc } = useTranslation();
  const [level, setLevel] = useState<RiskLevel>(current ?? 'STANDARD');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const [openedFor, setOpenedFor] = useState(false);
  if (opened !== openedFor) {
    setOpenedFor(opened);
    if (opened) {
      setLevel(current ?? 'STANDARD');
      setError(null);
    }
  }

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(level);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('protection.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('protection.intro')}</Text>
        <Radio.Group value={level} onChange={(value) => setLevel(value)} label={t('protection.level')}>
          <Stack gap="sm" mt="xs">
            {LEVELS.map((candidate) => (
              <Radio
                key={candidate}
                value={candidate}
                label={t(`ui:enum.RiskLevel.${candidate}`)}
                description={t(`protection.meaning.${candidate}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('protection.logged')}
        </Alert>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()} disabled={level === current}>
            {t('protection.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
