import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow_FollowUpFragment, FollowUpStatus } from '../gql/graphql';
import { useConflictResolution, type ConflictField } from '../ui/conflict';
import { toAppError } from '../ui/errors';
import { ColleaguesDocument } from '../ui/pickers/pickerDocuments';
import {
  CompleteFollowUpDocument,
  FollowUpCurrentDocument,
  ReassignFollowUpDocument,
  ReopenFollowUpDocument,
  UpdateFollowUpDueDateDocument,
} from './documents';
import { useDayFormatters } from './dates';

export type FollowUpRow = FollowUpRow_FollowUpFragment;

/** The queries that list follow-ups; after a change they are asked again, so counts and groups stay true. */
export const FOLLOW_UP_QUERIES = ['OverdueFollowUpsCount', 'MyFollowUps', 'EveryonesFollowUps', 'HomePage'];

export interface FollowUpActions {
  complete: (followUp: FollowUpRow) => Promise<void>;
  reopen: (followUp: FollowUpRow) => Promise<void>;
  reassign: (followUp: FollowUpRow, ownerId: string) => Promise<boolean>;
  changeDueDate: (followUp: FollowUpRow, dueDate: string) => Promise<boolean>;
  /** The conflict dialog: render it once. */
  dialog: ReactNode;
}

/**
 * Completing (with undo), reopening, reassigning and rescheduling a follow-up. Each sends the version it read;
 * when a colleague changed the follow-up meanwhile, the conflict dialog shows theirs and yours before anything
 * is saved. The answer replaces the cached follow-up by id, then the lists and the shell's badge are refreshed.
 */
export function useFollowUpActions(): FollowUpActions {
  const { t } = useTranslation(['followUps', 'ui', 'translation']);
  const client = useApolloClient();
  const conflicts = useConflictResolution();
  const days = useDayFormatters();
  const [completeMutation] = useMutation(CompleteFollowUpDocument);
  const [reopenMutation] = useMutation(ReopenFollowUpDocument);
  const [reassignMutation] = useMutation(ReassignFollowUpDocument);
  const [updateMutation] = useMutation(UpdateFollowUpDueDateDocument);

  const refreshLists = useCallback(
    () =>
      client.refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => FOLLOW_UP_QUERIES.includes(query.queryName ?? ''),
      }),
    [client],
  );

  const current = useCallback(
    async (id: string) => {
      const { data } = await client.query({
        query: FollowUpCurrentDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('The follow-up could not be read.');
      return data.followUp;
    },
    [client],
  );

  // Every toast's close button is named, in the interface language.
  const notify = (options: NotificationData) =>
    notifications.show({ ...options, closeButtonProps: { 'aria-label': t('translation:common.close') } });

  const named = (
    followUp: FollowUpRow,
    key: string,
    withheldKey: string,
    values: Record<string, string> = {},
  ) =>
    followUp.title === null || followUp.title === undefined
      ? t(withheldKey as never, values)
      : t(key as never, { ...values, title: followUp.title });

  const fail = (error: unknown) => {
    const code = toAppError(error).code;
    notify({
      color: 'red',
      title: t('actions.failed'),
      message: t(`translation:errors.${code}.next` as never, {
        wait: t('translation:errors.moment'),
        reference: t('translation:errors.noReference'),
      }),
    });
  };

  const statusField: ConflictField[] = [
    {
      key: 'status',
      label: t('row.status'),
      format: (value) =>
        typeof value === 'string' ? t(`ui:enum.FollowUpStatus.${value as FollowUpStatus}`) : '—',
    },
  ];

  const reopen = async (followUp: FollowUpRow) => {
    try {
      const outcome = await conflicts.save(
        async (version) =>
          (await reopenMutation({ variables: { input: { id: followUp.id, version } } })).data?.reopenFollowUp,
        {
          version: followUp.version,
          fields: statusField,
          yours: { status: 'OPEN' },
          refetch: () => current(followUp.id),
        },
      );
      await refreshLists();
      if (outcome.outcome === 'saved')
        notify({ message: named(followUp, 'actions.reopened', 'actions.reopenedWithheld') });
    } catch (error) {
      fail(error);
    }
  };

  const complete = async (followUp: FollowUpRow) => {
    try {
      const outcome = await conflicts.save(
        async (version) =>
          (await completeMutation({ variables: { input: { id: followUp.id, version } } })).data
            ?.completeFollowUp,
        {
          version: followUp.version,
          fields: statusField,
          yours: { status: 'DONE' },
          refetch: () => current(followUp.id),
        },
      );
      await refreshLists();
      if (outcome.outcome !== 'saved' || !outcome.result) return;
      const done = outcome.result;
      const id = `follow-up-done-${done.id}`;
      notify({
        id,
        color: 'green',
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{named(followUp, 'actions.completed', 'actions.completedWithheld')}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                void reopen(done);
              }}
            >
              {t('actions.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      fail(error);
    }
  };

  const reassign = async (followUp: FollowUpRow, ownerId: string) => {
    // Names for the conflict dialog: the owner read, the owner chosen, and the owner saved meanwhile.
    const names = new Map<string, string>([[followUp.ownerId, followUp.owner.displayName]]);
    for (const colleague of client.readQuery({ query: ColleaguesDocument })?.colleagues ?? [])
      names.set(colleague.id, colleague.displayName);
    try {
      const outcome = await conflicts.save(
        async (version) =>
          (
            await reassignMutation({
              variables: { input: { id: followUp.id, version, ownerId } },
            })
          ).data?.reassignFollowUp,
        {
          version: followUp.version,
          fields: [
            {
              key: 'ownerId',
              label: t('reassign.fieldOwner'),
              format: (value) => names.get(String(value)) ?? '—',
            },
          ],
          yours: { ownerId },
          refetch: async () => {
            const theirs = await current(followUp.id);
            names.set(theirs.ownerId, theirs.owner.displayName);
            return theirs;
          },
        },
      );
      await refreshLists();
      if (outcome.outcome !== 'saved') return outcome.outcome === 'tookTheirs';
      const name = outcome.result?.owner.displayName ?? '';
      notify({
        color: 'green',
        message: named(followUp, 'actions.reassigned', 'actions.reassignedWithheld', { name }),
      });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const changeDueDate = async (followUp: FollowUpRow, dueDate: string) => {
    try {
      const outcome = await conflicts.save(
        async (version) =>
          (await updateMutation({ variables: { input: { id: followUp.id, version, dueDate } } })).data
            ?.updateFollowUp,
        {
          version: followUp.version,
          fields: [
            {
              key: 'dueDate',
              label: t('due.fieldDue'),
              format: (value) => (typeof value === 'string' ? days.absolute(value) : '—'),
            },
          ],
          yours: { dueDate },
          refetch: () => current(followUp.id),
        },
      );
      await refreshLists();
      if (outcome.outcome !== 'saved') return outcome.outcome === 'tookTheirs';
      notify({
        color: 'green',
        message: named(followUp, 'actions.rescheduled', 'actions.rescheduledWithheld', {
          date: days.absolute(dueDate),
        }),
      });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  return { complete, reopen, reassign, changeDueDate, dialog: conflicts.dialog };
}
