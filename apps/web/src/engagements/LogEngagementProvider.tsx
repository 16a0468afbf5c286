import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../auth/permissions';
import type { EngagementType } from '../gql/graphql';
import { toAppError } from '../ui/errors';
import { errorText } from '../ui/errorText';
import type { PickedRecord } from '../ui/pickers';
import { forgetEngagementLists } from './cache';
import { toast } from './toast';
import { DeleteEngagementDocument } from './documents';
import { LogEngagementDialog, type LoggedEngagement } from './LogEngagementDialog';

/** What the "Log engagement" dialog can be opened with: the record the user is looking at, say. */
export interface LogEngagementPrefill {
  organizationIds?: string[];
  personIds?: string[];
  /** Records with their names already known (saves a request per record). */
  records?: PickedRecord[];
  title?: string;
  type?: EngagementType;
  themes?: string[];
}

interface LogEngagementApi {
  open(prefill?: LogEngagementPrefill): void;
}

const LogEngagementContext = createContext<LogEngagementApi | null>(null);

/** Opens the one "Log engagement" dialog from anywhere in the shell (the top bar button, `L`, record pages). */
export function useLogEngagement(): LogEngagementApi {
  const api = useContext(LogEngagementContext);
  if (!api) throw new Error('useLogEngagement must be used inside <LogEngagementProvider>.');
  return api;
}

/** Another dialog is open: `L` then belongs to it (or to nobody), not to us. */
function anotherDialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"], [role="dialog"][data-opened]') !== null;
}

/**
 * Holds the one "Log engagement" dialog of the signed-in shell, opened by `open(prefill)` or the `L` key
 * (ignored while typing in a field or when another dialog is open). After saving, a toast offers "View" and
 * "Undo" (to the trash, nothing lost).
 */
export function LogEngagementProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['engagements', 'translation']);
  const { t: tApp } = useTranslation();
  const can = useCan();
  const mayLog = can('engagements.log');
  const navigate = useNavigate();
  const client = useApolloClient();
  const [state, setState] = useState<{ opened: boolean; session: number; prefill?: LogEngagementPrefill }>({
    opened: false,
    session: 0,
  });

  const open = useCallback(
    (prefill?: LogEngagementPrefill) => {
      if (!mayLog) return;
      setState((current) =>
        current.opened ? current : { opened: true, session: current.session + 1, prefill },
      );
    },
    [mayLog],
  );
  const close = useCallback(() => setState((current) => ({ ...current, opened: false })), []);

  useHotkeys([
    [
      'l',
      (event) => {
        if (anotherDialogOpen()) return;
        event.preventDefault();
        open();
      },
    ],
  ]);

  const undo = useCallback(
    async (engagement: LoggedEngagement) => {
      const toastId = `engagement-${engagement.id}`;
      try {
        await client.mutate({
          mutation: DeleteEngagementDocument,
          variables: { input: { id: engagement.id, version: engagement.version } },
          update: (cache) => forgetEngagementLists(cache),
        });
        toast(
          tApp,
          {
            id: toastId,
            color: 'gray',
            title: t('log.undone.title'),
            message: t('log.undone.message', { title: engagement.title }),
            autoClose: 6000,
            loading: false,
          },
          'update',
        );
      } catch (error) {
        const text = errorText(tApp, toAppError(error));
        toast(
          tApp,
          {
            id: toastId,
            color: 'red',
            title: t('log.undoFailed'),
            message: `${text.title} ${text.next}`,
            autoClose: false,
            loading: false,
          },
          'update',
        );
      }
    },
    [client, t, tApp],
  );

  const saved = useCallback(
    (engagement: LoggedEngagement) => {
      const toastId = `engagement-${engagement.id}`;
      toast(tApp, {
        id: toastId,
        color: 'green',
        title: t('log.saved.title'),
        autoClose: 10_000,
        message: (
          <Stack gap={6}>
            <Text size="sm" c="var(--mantine-color-text)">
              {t('log.saved.message', { title: engagement.title })}
            </Text>
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(toastId);
                  void navigate(`/engagements/${engagement.id}`);
                }}
              >
                {t('log.saved.view')}
              </Button>
              <Button size="compact-sm" variant="subtle" color="gray" onClick={() => void undo(engagement)}>
                {t('log.saved.undo')}
              </Button>
            </Group>
          </Stack>
        ),
      });
    },
    [navigate, t, tApp, undo],
  );

  const api = useMemo<LogEngagementApi>(() => ({ open }), [open]);
  return (
    <LogEngagementContext.Provider value={api}>
      {children}
      {mayLog && state.session > 0 ? (
        <LogEngagementDialog
          key={state.session}
          opened={state.opened}
          prefill={state.prefill}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
    </LogEngagementContext.Provider>
  );
}
