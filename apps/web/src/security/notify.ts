import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A toast whose close button has a name (screen readers, axe). */
export function notify(tc: TFunction, color: string, message: string): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': tc('common.close') } });
}
