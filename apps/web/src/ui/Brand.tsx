import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The product mark: two overlapping rings (people meeting) and the name. Decorative mark, named text. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-un-6)" />
        <circle cx="12" cy="16" r="5.5" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="20" cy="16" r="5.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      </svg>
      <Text fw={700} size="lg" c="dark.8">
        {t('app.name')}
      </Text>
    </Group>
  );
}
