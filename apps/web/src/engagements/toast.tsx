import { Text } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * A toast with a named close button and body text at full contrast (the default description is too pale to
 * read). `update` replaces the toast with the same id.
 */
export function toast(
  t: TFunction<'translation'>,
  data: Omit<NotificationData, 'message'> & { message: ReactNode },
  mode: 'show' | 'update' = 'show',
): void {
  const message =
    typeof data.message === 'string' ? (
      <Text size="sm" c="var(--mantine-color-text)">
        {data.message}
      </Text>
    ) : (
      data.message
    );
  const options = { ...data, message, closeButtonProps: { 'aria-label': t('common.close') } };
  if (mode === 'update' && data.id) notifications.update({ ...options, id: data.id });
  else notifications.show(options);
}
