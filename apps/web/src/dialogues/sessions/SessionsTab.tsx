import { useMutation } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Center, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconHistory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/permissions';
import type { DialogueDetail_DialogueFragment, DialogueSession_SessionFragment } from '../../gql/graphql';
import {
  DeleteDialogueSessionDocument,
  DialogueSessionHistoryDocument,
  DialogueDocument,
  RestoreDialogueSessionDocument,
} from '../documents';
import { daysBetween, useDialogueFormatters } from '../format';
import { HistoryDialog } from '../../ui/history';
import { SessionDialog } from './SessionDialog';
import { useNotify } from '../../ui/useNotify';

/** Sessions by day, then by their position in the day, then by start time. */
export function programme(
  sessions: readonly DialogueSession_SessionFragment[],
  startDate: string,
  endDate: string,
): { day: string; sessions: DialogueSession_SessionFragment[] }[] {
  const days = new Set(daysBetween(startDate, endDate));
  for (const session of sessions) days.add(session.date);
  return [...days].sort().map((day) => ({
    day,
    sessions: sessions
      .filter((session) => session.date === day && !session.deletedAt)
      .sort(
        (a, b) =>
          a.order - b.order ||
          (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') ||
          a.title.localeCompare(b.title),
      ),
  }));
}

/** The programme, day by day; those who manage Dialogues add, edit and delete sessions (and undo a delete). */
export function SessionsTab({
  dialogue,
  themes,
}: {
  dialogue: DialogueDetail_DialogueFragment;
  themes: readonly { key: string; name: string }[];
}) {
  const { t } = useTranslation(['dialogues', 'ui']);
  const format = useDialogueFormatters();
  const can = useCan();
  const notify = useNotify();
  const editable = can('dialogues.manage') && !dialogue.deletedAt;
  const [editing, setEditing] = useState<DialogueSession_SessionFragment | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [defaultDate, setDefaultDate] = useState(dialogue.startDate);
  const [deleted, setDeleted] = useState<DialogueSession_SessionFragment[]>([]);
  const [historyOf, setHistoryOf] = useState<DialogueSession_SessionFragment | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [remove] = useMutation(DeleteDialogueSessionDocument, { refetchQueries: [DialogueDocument] });
  const [restore] = useMutation(RestoreDialogueSessionDocument, { refetchQueries: [DialogueDocument] });
  const days = programme(dialogue.sessions, dialogue.startDate, dialogue.endDate);
  const count = dialogue.sessions.filter((s) => !s.deletedAt).length;

  const openNew = (day: string) => {
    setEditing(null);
    setDefaultDate(day);
    setDialogOpen(true);
  };

  const onRestore = async (session: DialogueSession_SessionFragment) => {
    setBusy(session.id);
    try {
      await restore({ variables: { id: session.id } });
      setDeleted((current) => current.filter((s) => s.id !== session.id));
      notify.done(t('sessions.restored', { title: session.title }));
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setBusy(null);
    }
  };

  const onDelete = async (session: DialogueSession_SessionFragment) => {
    setBusy(session.id);
    try {
      await remove({ variables: { input: { id: session.id, version: session.version } } });
      setDeleted((current) => [session, ...current.filter((s) => s.id !== session.id)]);
      notify.done(t('sessions.deleted', { title: session.title }));
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setBusy(null);
    }
  };

  const time = (session: DialogueSession_SessionFragment) =>
    session.startTime && session.endTime
      ? t('sessions.timeRange', { start: session.startTime, end: session.endTime })
      : (session.startTime ?? '');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text c="dimmed" size="sm">
          {t('sessions.count', { count: format.number(count) })}
        </Text>
        {editable ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => openNew(dialogue.startDate)}
          >
            {t('sessions.add')}
          </Button>
        ) : null}
      </Group>

      {deleted.length > 0 ? (
        <Paper withBorder p="sm" bg="yellow.0" component="section" aria-label={t('sessions.recentlyDeleted')}>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('sessions.recentlyDeleted')}
            </Text>
            {deleted.map((session) => (
              <Group key={session.id} justify="space-between" gap="sm" wrap="nowrap">
                <Text size="sm" truncate>
                  {session.title}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconArrowBackUp size={14} aria-hidden />}
                  loading={busy === session.id}
                  onClick={() => void onRestore(session)}
                  aria-label={t('sessions.restoreNamed', { title: session.title })}
                >
                  {t('sessions.restore')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}

      {days.map(({ day, sessions }) => (
        <Stack key={day} gap="xs" component="section" aria-labelledby={`day-${day}`}>
          <Group justify="space-between" align="center">
            <Title order={2} id={`day-${day}`} size="h3">
              {format.day(day)}
            </Title>
            {editable ? (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => openNew(day)}
                aria-label={t('sessions.addOn', { day: format.day(day) })}
              >
                {t('sessions.addShort')}
              </Button>
            ) : null}
          </Group>
          {sessions.length === 0 ? (
            <Paper withBorder p="md">
              <Center>
                <Text size="sm" c="dimmed">
                  {editable ? t('sessions.emptyDayManage') : t('sessions.emptyDay')}
                </Text>
              </Center>
            </Paper>
          ) : (
            <Paper withBorder component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {sessions.map((session, index) => (
                <li
                  key={session.id}
                  style={{
                    borderTop: index ? '1px solid var(--mantine-color-gray-3)' : undefined,
                  }}
                >
                  <Group p="sm" gap="md" wrap="nowrap" align="flex-start">
                    <Text
                      size="sm"
                      c="dimmed"
                      w={104}
                      style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}
                    >
                      {time(session) || t('sessions.noTime')}
                    </Text>
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                      <Group gap="xs">
                        <Text fw={500}>{session.title}</Text>
                        <Badge variant="light" color="gray" size="sm">
                          {t(`ui:enum.SessionFormat.${session.format}`)}
                        </Badge>
                      </Group>
                      {session.description ? (
                        <Text size="sm" c="dimmed" lineClamp={3}>
                          {session.description}
                        </Text>
                      ) : null}
                      {session.themes.length ? (
                        <Group gap={4}>
                          {session.themes.map((key) => (
                            <Badge key={key} variant="outline" size="xs" color="un">
                              {themes.find((theme) => theme.key === key)?.name ?? key}
                            </Badge>
                          ))}
                        </Group>
                      ) : null}
                    </Stack>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('sessions.history')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('sessions.historyNamed', { title: session.title })}
                          onClick={() => setHistoryOf(session)}
                        >
                          <IconHistory size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      {editable ? (
                        <Tooltip label={t('sessions.edit')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('sessions.editNamed', { title: session.title })}
                            onClick={() => {
                              setEditing(session);
                              setDialogOpen(true);
                            }}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                      {editable ? (
                        <Tooltip label={t('sessions.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="red.8"
                            loading={busy === session.id}
                            aria-label={t('sessions.deleteNamed', { title: session.title })}
                            onClick={() => void onDelete(session)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Group>
                </li>
              ))}
            </Paper>
          )}
        </Stack>
      ))}

      {editable ? (
        <SessionDialog
          opened={dialogOpen}
          onClose={() => setDialogOpen(false)}
          dialogue={dialogue}
          session={editing}
          themes={themes}
          defaultDate={defaultDate}
          nextOrder={
            (days
              .find((d) => d.day === defaultDate)
              ?.sessions.reduce((max, s) => Math.max(max, s.order), -1) ?? -1) + 1
          }
        />
      ) : null}
      <HistoryDialog
        id={historyOf?.id ?? null}
        title={t('sessions.historyNamed', { title: historyOf?.title ?? '' })}
        onClose={() => setHistoryOf(null)}
        document={DialogueSessionHistoryDocument}
        enums={{ format: 'SessionFormat' }}
        names={{
          [dialogue.id]: dialogue.title,
          ...Object.fromEntries(themes.map((theme) => [theme.key, theme.name])),
        }}
      />
    </Stack>
  );
}
