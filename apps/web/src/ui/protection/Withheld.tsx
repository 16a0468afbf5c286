import { Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a withheld value looks like everywhere: a lock and words, never a blank. `compact` (in table cells)
 * shows "Withheld" with the full hint on hover and to screen readers.
 */
export function Withheld({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('ui');
  const content = (
    <Group component="span" gap={4} wrap="nowrap" display="inline-flex" c="dimmed" data-withheld>
      <IconLock size={14} aria-hidden />
      <Text component="span" size="sm" fs="italic" inherit={compact}>
        {compact ? (
          <>
            <span aria-hidden>{t('withheld.label')}</span>
            <VisuallyHidden>{t('withheld.hint')}</VisuallyHidden>
          </>
        ) : (
          t('withheld.hint')
        )}
      </Text>
    </Group>
  );
  return compact ? <Tooltip label={t('withheld.hint')}>{content}</Tooltip> : content;
}

/**
 * Shows `value` (through `render`), or <Withheld> when the API withheld `field` from this user. A null value
 * that is not withheld is simply unknown, shown as `empty` (a dash by default).
 */
export function MaybeWithheld<T>({
  value,
  field,
  withheld,
  render,
  empty = '—',
  compact,
}: {
  value: T | null | undefined;
  field: string;
  withheld: readonly string[] | null | undefined;
  render?: (value: T) => ReactNode;
  empty?: ReactNode;
  compact?: boolean;
}) {
  if (withheld?.includes(field)) return <Withheld compact={compact} />;
  if (value === null || value === undefined || value === '') return <>{empty}</>;
  return <>{render ? render(value) : String(value)}</>;
}
