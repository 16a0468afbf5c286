import { notifications, type NotificationData } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** notifications.show, with a close button that has a name (axe: button-name). */
export function useNotify(): (data: NotificationData) => void {
  const { t } = useTranslation();
  const close = t('common.close');
  return useCallback(
    (data: NotificationData) => notifications.show({ closeButtonProps: { 'aria-label': close }, ...data }),
    [close],
  );
}
