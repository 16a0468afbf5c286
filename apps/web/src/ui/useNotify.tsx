import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { toAppError } from './errors';
import { errorText } from './errorText';

export interface Notify {
  /**
   * A calm confirmation of what just happened (no title: Mantine dims a message under a title below AA), with an
   * optional action such as Undo.
   */
  done: (message: string, action?: { label: string; onClick: () => void }) => void;
  /** A failed action that has no form to show its error in: what happened and what to do next. */
  failed: (failure: unknown) => void;
}

/** Toasts with a named close button (screen readers and axe need one). */
export function useNotify(): Notify {
  const { t } = useTranslation();
  const closeButtonProps = { 'aria-label': t('common.close') };
  return {
    done: (message, action) => {
      const id = `done-${Date.now()}`;
      notifications.show({
        id,
        color: 'un',
        closeButtonProps,
        autoClose: action ? 8_000 : undefined,
        message: action ? (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm" c="var(--mantine-color-text)">
              {message}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                action.onClick();
              }}
            >
              {action.label}
            </Button>
          </Group>
        ) : (
          message
        ),
      });
    },
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
