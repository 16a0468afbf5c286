import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import {
  IconCalendar,
  IconChartBar,
  IconHistory,
  IconInfoCircle,
  IconListDetails,
  IconMapPin,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { RestoreDialogueDocument } from '../trash/documents';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { usePageTitle } from '../ui/usePageTitle';
import { WhereText } from './DialoguesPage';
import { DeleteDialogueDocument, DialogueDocument, DialoguesDocument } from './documents';
import { useDialogueFormatters } from './format';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { ParticipantsTab } from './participants/ParticipantsTab';
import { RepresentationTab } from './representation/RepresentationTab';
import { SessionsTab } from './sessions/SessionsTab';
import { useNotify } from '../ui/useNotify';

export const DIALOGUE_TABS = ['overview', 'sessions', 'participants', 'representation', 'history'] as const;
export type DialogueTab = (typeof DIALOGUE_TABS)[number];

function isTab(value: string | undefined): value is DialogueTab {
  return (DIALOGUE_TABS as readonly string[]).includes(value ?? '');
}

/** One edition: its facts, programme, participants, representation and history, a tab each (in the URL). */
export function DialoguePage() {
  const { t } = useTranslation('dialogues');
  const { id = '', tab: tabParam } = useParams();
  const tab: DialogueTab = isTab(tabParam) ? tabParam : 'overview';
  const navigate = useNavigate();
  const can = useCan();
  const format = useDialogueFormatters();
  const { data, loading, error, refetch } = useQuery(DialogueDocument, { variables: { id } });
  const [restore, restoring] = useMutation(RestoreDialogueDocument, { refetchQueries: [DialoguesDocument] });
  const [remove] = useMutation(DeleteDialogueDocument, { refetchQueries: [DialoguesDocument] });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const notify = useNotify();
  const dialogue = data?.dialogue;
  usePageTitle(dialogue ? `${dialogue.title} · ${t(`tabs.${tab}`)}` : t('list.title'));

  if (error && !data) {
    return (
      <Stack maw={1200}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        <Anchor component={Link} to="/dialogues">
          {t('page.back')}
        </Anchor>
      </Stack>
    );
  }
  if (loading || !dialogue) {
    return (
      <Stack maw={1200} aria-busy="true" aria-label={t('page.loading')}>
        <Skeleton height={20} width={160} />
        <Skeleton height={36} width="60%" />
        <Skeleton height={20} width="40%" />
        <Skeleton height={240} />
      </Stack>
    );
  }

  const onRestore = async () => {
    try {
      await restore({ variables: { id: dialogue.id } });
      await refetch();
      notify.done(t('page.restored', { title: dialogue.title }));
    } catch (failure) {
      notify.failed(failure);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={6}>
        <Breadcrumbs>
          <Anchor component={Link} to="/dialogues" size="sm">
            {t('list.title')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('page.numbered', { number: format.number(dialogue.number) })}
          </Text>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Title order={1}>{dialogue.title}</Title>
          {can('dialogues.manage') && !dialogue.deletedAt ? (
            <Button
              variant="default"
              leftSection={<IconTrash size={16} color="var(--mantine-color-red-9)" aria-hidden />}
              onClick={() => setConfirmDelete(true)}
              style={{ flexShrink: 0 }}
            >
              {t('page.delete')}
            </Button>
          ) : null}
        </Group>
        <Group gap="lg" c="dimmed">
          <Group gap={6} wrap="nowrap">
            <IconCalendar size={16} aria-hidden />
            <Text size="sm">{format.dateRange(dialogue.startDate, dialogue.endDate)}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconMapPin size={16} aria-hidden />
            <Text size="sm">
              <WhereText venue={dialogue.venue} online={dialogue.online} />
            </Text>
          </Group>
          {dialogue.deletedAt ? (
            <Badge color="red" variant="light" leftSection={<IconTrash size={12} aria-hidden />}>
              {t('page.inTrash')}
            </Badge>
          ) : null}
        </Group>
      </Stack>

      {dialogue.deletedAt ? (
        <Alert color="orange" variant="light" icon={<IconTrash aria-hidden />} title={t('page.trashTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('page.trashHint')}</Text>
            {can('dialogues.manage') ? (
              <div>
                <Button
                  size="xs"
                  variant="default"
                  loading={restoring.loading}
                  onClick={() => void onRestore()}
                >
                  {t('page.restore')}
                </Button>
              </div>
            ) : null}
          </Stack>
        </Alert>
      ) : null}

      <Tabs
        value={tab}
        onChange={(value) => {
          if (!isTab(value ?? undefined)) return;
          void navigate(
            value === 'overview' ? `/dialogues/${dialogue.id}` : `/dialogues/${dialogue.id}/${value}`,
          );
        }}
        keepMounted={false}
        activateTabWithKeyboard
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="sessions" leftSection={<IconListDetails size={16} aria-hidden />}>
            {t('tabs.sessions')}
          </Tabs.Tab>
          <Tabs.Tab value="participants" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('tabs.participants')}
          </Tabs.Tab>
          <Tabs.Tab value="representation" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t('tabs.representation')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <OverviewTab dialogue={dialogue} themes={data.themes} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="lg">
          <SessionsTab dialogue={dialogue} themes={data.themes} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="lg">
          <ParticipantsTab dialogue={dialogue} />
        </Tabs.Panel>
        <Tabs.Panel value="representation" pt="lg">
          <RepresentationTab dialogueId={dialogue.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="lg">
          <HistoryTab dialogueId={dialogue.id} />
        </Tabs.Panel>
      </Tabs>

      <ConfirmDialog
        opened={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t('page.deleteTitle', { title: dialogue.title })}
        confirmLabel={t('page.deleteConfirm')}
        destructive
        onConfirm={async () => {
          await remove({ variables: { input: { id: dialogue.id, version: dialogue.version } } });
          await refetch();
          notify.done(t('page.deleted', { title: dialogue.title }));
        }}
      >
        {t('page.deleteText')}
      </ConfirmDialog>
    </Stack>
  );
}
