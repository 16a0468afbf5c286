import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../ui/errors';
import { errorText } from '../ui/errorText';

export interface Notify {
  /** A calm confirmation of what just happened (no title: Mantine dims a message under a title below AA). */
  done: (message: string) => void;
  /** A failed action that has no form to show its error in: what happened and what to do next. */
  failed: (failure: unknown) => void;
}

/** Toasts with a named close button (screen readers and axe need one). */
export function useNotify(): Notify {
  const { t } = useTranslation();
  const closeButtonProps = { 'aria-label': t('common.close') };
  return {
    done: (message) => notifications.show({ color: 'un', message, closeButtonProps }),
    failed: (failure) => {
      const text = errorText(t, toAppError(failure));
      notifications.show({
        color: 'red',
        title: text.title,
        message: text.details ? `${text.next} ${text.details}` : text.next,
        autoClose: 10_000,
        closeButtonProps,
      });
    },
  };
}
