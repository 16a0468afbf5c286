import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalendarPlus, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../auth/permissions';
import type { DialogueListItem_DialogueFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { CreateDialogueDialog } from './CreateDialogueDialog';
import { DialoguesDocument } from './documents';
import { useDialogueFormatters } from './format';
import { figureText } from './representation/figures';

/** Where a Dialogue took place, in words: the venue, "Online", or both (hybrid). */
export function WhereText({ venue, online }: { venue: string | null | undefined; online: boolean }) {
  const { t } = useTranslation('dialogues');
  if (venue && online) return <>{t('where.hybrid', { venue })}</>;
  if (venue) return <>{venue}</>;
  if (online) return <>{t('where.online')}</>;
  return (
    <Text component="span" c="dimmed" inherit>
      {t('where.unknown')}
    </Text>
  );
}

/** The editions of the CSO–UN Dialogue on Peacebuilding, newest first. */
export function DialoguesPage() {
  const { t } = useTranslation('dialogues');
  usePageTitle(t('list.title'));
  const can = useCan();
  const navigate = useNavigate();
  const format = useDialogueFormatters();
  const [createOpen, setCreateOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(DialoguesDocument);
  const dialogues = data?.dialogues ?? [];

  const participants = (
    dialogue: DialogueListItem_DialogueFragment,
    group: 'invitedOrAttended' | 'attended',
  ) => {
    const { representation } = dialogue;
    const figure = figureText(representation[group].total, representation.threshold, t, format);
    return figure.suppressed ? (
      <Text component="span" size="sm" c="dimmed" fs="italic">
        {figure.count}
      </Text>
    ) : (
      figure.count
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          can('dialogues.manage') ? (
            <Button
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => setCreateOpen(true)}
            >
              {t('list.create')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder component="section" aria-label={t('list.title')}>
        {error && !data ? (
          <Stack p="md">
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          </Stack>
        ) : null}
        {loading && !data ? (
          <Stack gap="xs" p="md" aria-busy="true" aria-label={t('list.loading')}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={36} />
            ))}
          </Stack>
        ) : null}
        {data && dialogues.length === 0 ? (
          <Center py="xl" px="md">
            <Stack gap={4} align="center" ta="center">
              <Text fw={500}>{t('list.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {can('dialogues.manage') ? t('list.emptyHintManage') : t('list.emptyHint')}
              </Text>
            </Stack>
          </Center>
        ) : null}
        {dialogues.length > 0 ? (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover stickyHeader>
              <VisuallyHidden component="caption">{t('list.title')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={64}>
                    {t('list.columns.number')}
                  </Table.Th>
                  <Table.Th scope="col">{t('list.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.dates')}</Table.Th>
                  <Table.Th scope="col">{t('list.columns.where')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('list.columns.participants')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('list.columns.attended')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dialogues.map((dialogue) => (
                  <Table.Tr
                    key={dialogue.id}
                    style={{ cursor: 'pointer' }}
                    onClick={(event) => {
                      if ((event.target as HTMLElement).closest('a')) return;
                      void navigate(`/dialogues/${dialogue.id}`);
                    }}
                  >
                    <Table.Td>
                      <Badge variant="light" size="lg" radius="sm">
                        {format.number(dialogue.number)}
                      </Badge>
                    </Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/dialogues/${dialogue.id}`} fw={500}>
                        {dialogue.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.dateRange(dialogue.startDate, dialogue.endDate)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {dialogue.online ? <IconWorld size={16} aria-hidden /> : null}
                        <Text size="sm" inherit>
                          <WhereText venue={dialogue.venue} online={dialogue.online} />
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="end">{participants(dialogue, 'invitedOrAttended')}</Table.Td>
                    <Table.Td ta="end">{participants(dialogue, 'attended')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Paper>
      <CreateDialogueDialog opened={createOpen} onClose={() => setCreateOpen(false)} existing={dialogues} />
    </Stack>
  );
}
