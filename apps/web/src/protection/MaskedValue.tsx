import { Button, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A protected person's contact detail before it is revealed: a lock and words, never a blank, and "Reveal…"
 * (which asks for a reason) for those who may.
 */
export function MaskedValue({ label, onReveal }: { label: string; onReveal?: () => void }) {
  const { t } = useTranslation('protection');
  return (
    <Group gap="xs" wrap="wrap" data-masked>
      <Group component="span" gap={4} wrap="nowrap" c="dimmed">
        <IconLock size={14} aria-hidden />
        <Text component="span" size="sm" fs="italic">
          {t('masked.hint')}
        </Text>
      </Group>
      {onReveal ? (
        <Button
          size="compact-xs"
          variant="light"
          onClick={onReveal}
          aria-label={`${t('masked.reveal')} ${label}`}
        >
          {t('masked.reveal')}
        </Button>
      ) : null}
    </Group>
  );
}
