import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconArrowsLeftRight,
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconChecklist,
  IconId,
  IconMessages,
  IconPresentation,
  IconSearch,
  IconStar,
  IconTicket,
  IconTrash,
  IconUser,
  IconUsersGroup,
  type Icon as TablerIcon,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { Withheld } from '../ui/protection/Withheld';
import { usePageTitle } from '../ui/usePageTitle';
import {
  RestoreAffiliationDocument,
  RestoreCollaborationDocument,
  RestoreCoreGroupMembershipDocument,
  RestoreDialogueDocument,
  RestoreDialogueSessionDocument,
  RestoreParticipationDocument,
  RestoreRelationshipDocument,
  RestoreEngagementDocument,
  RestoreFollowUpDocument,
  RestoreOrganizationDocument,
  RestorePersonDocument,
  RestoreRecommendationDocument,
  TrashDocument,
} from './documents';
import {
  isTrashType,
  RESTORE_PERMISSION,
  TRASH_TYPES,
  trashCounts,
  trashItems,
  trashTruncated,
  type TrashItem,
  type TrashType,
} from './trashItems';
import { useDialogueFormatters } from '../dialogues/format';
import { useNotify } from '../ui/useNotify';

/** How many of each kind one request brings (the newest; a search narrows further). */
export const TRASH_PAGE_SIZE = 50;

const ICONS: Record<TrashType, TablerIcon> = {
  organization: IconBuildingCommunity,
  person: IconUser,
  engagement: IconMessages,
  followUp: IconChecklist,
  collaboration: IconUsersGroup,
  recommendation: IconBulb,
  dialogue: IconCalendarEvent,
  dialogueSession: IconPresentation,
  participation: IconTicket,
  affiliation: IconId,
  relationship: IconArrowsLeftRight,
  coreGroupMembership: IconStar,
};

/** Deleted records of every kind the user may see, newest deletion first; Restore where the user may. */
export function TrashPage() {
  const { t } = useTranslation(['trash', 'ui']);
  usePageTitle(t('title'));
  const can = useCan();
  const notify = useNotify();
  const { dateTime } = useFormatters();
  const { number } = useDialogueFormatters();
  const [params, setParams] = useSearchParams();
  const typeParam = params.get('type');
  const type = isTrashType(typeParam) ? typeParam : null;
  const text = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(text);
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const commitSearch = useDebouncedCallback((value: string) => setParam('q', value.trim() || null), 300);

  const { data, previousData, loading, error, refetch } = useQuery(TrashDocument, {
    variables: { first: TRASH_PAGE_SIZE, text: text.trim() || null },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const shown = data ?? previousData;

  const [restoreOrganization] = useMutation(RestoreOrganizationDocument);
  const [restorePerson] = useMutation(RestorePersonDocument);
  const [restoreEngagement] = useMutation(RestoreEngagementDocument);
  const [restoreFollowUp] = useMutation(RestoreFollowUpDocument);
  const [restoreCollaboration] = useMutation(RestoreCollaborationDocument);
  const [restoreRecommendation] = useMutation(RestoreRecommendationDocument);
  const [restoreDialogue] = useMutation(RestoreDialogueDocument);
  const [restoreDialogueSession] = useMutation(RestoreDialogueSessionDocument);
  const [restoreParticipation] = useMutation(RestoreParticipationDocument);
  const [restoreAffiliation] = useMutation(RestoreAffiliationDocument);
  const [restoreRelationship] = useMutation(RestoreRelationshipDocument);
  const [restoreCoreGroupMembership] = useMutation(RestoreCoreGroupMembershipDocument);
  const restorers: Record<TrashType, (id: string) => Promise<unknown>> = {
    organization: (id) => restoreOrganization({ variables: { id } }),
    person: (id) => restorePerson({ variables: { id } }),
    engagement: (id) => restoreEngagement({ variables: { id } }),
    followUp: (id) => restoreFollowUp({ variables: { id } }),
    collaboration: (id) => restoreCollaboration({ variables: { id } }),
    recommendation: (id) => restoreRecommendation({ variables: { id } }),
    dialogue: (id) => restoreDialogue({ variables: { id } }),
    dialogueSession: (id) => restoreDialogueSession({ variables: { id } }),
    participation: (id) => restoreParticipation({ variables: { id } }),
    affiliation: (id) => restoreAffiliation({ variables: { id } }),
    relationship: (id) => restoreRelationship({ variables: { id } }),
    coreGroupMembership: (id) => restoreCoreGroupMembership({ variables: { id } }),
  };

  const all = useMemo(
    () => trashItems(shown, text).filter((item) => !restored.has(`${item.type}:${item.id}`)),
    [shown, text, restored],
  );
  const counts = trashCounts(shown, text);
  const items = type ? all.filter((item) => item.type === type) : all;
  const total = TRASH_TYPES.reduce((sum, kind) => sum + counts[kind], 0) - restored.size;
  const truncated = trashTruncated(shown, TRASH_PAGE_SIZE, type);

  const label = (item: TrashItem) => (item.withheld ? t('withheldRecord') : (item.name ?? ''));

  const onRestore = async (item: TrashItem) => {
    setBusy(`${item.type}:${item.id}`);
    try {
      await restorers[item.type](item.id);
      setRestored((current) => new Set(current).add(`${item.type}:${item.id}`));
      notify.done(t('restored', { type: t(`types.${item.type}`), name: label(item) }));
      void refetch();
    } catch (failure) {
      notify.failed(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('title')} description={t('intro')} />
      <Paper withBorder p="md" component="section" aria-label={t('title')}>
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <TextInput
              type="search"
              aria-label={t('search')}
              placeholder={t('search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={searchText}
              onChange={(event) => {
                setSearchText(event.currentTarget.value);
                commitSearch(event.currentTarget.value);
              }}
              w={{ base: '100%', sm: 300 }}
            />
            <Select
              aria-label={t('typeFilter')}
              data={[
                { value: '', label: t('allTypes') },
                ...TRASH_TYPES.map((kind) => ({
                  value: kind,
                  label: t('typeWithCount', { type: t(`types.${kind}`), count: number(counts[kind]) }),
                })),
              ]}
              value={type ?? ''}
              allowDeselect={false}
              onChange={(value) => setParam('type', value || null)}
              w={{ base: '100%', sm: 260 }}
            />
            <Text size="sm" c="dimmed" ms={{ sm: 'auto' }} mb={8} aria-live="polite">
              {shown ? t('count', { count: number(Math.max(total, 0)) }) : ''}
            </Text>
          </Group>

          {error && !shown ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {error && shown ? <ErrorAlert error={error} title={t('partialError')} /> : null}
          {loading && !shown ? (
            <Stack gap="xs" aria-busy="true" aria-label={t('loading')}>
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : null}

          {shown && items.length === 0 ? (
            <Center py="xl">
              <Stack gap="xs" align="center" ta="center" maw={520}>
                <ThemeIcon variant="light" color="gray" size={48} radius="xl">
                  <IconTrash size={26} aria-hidden />
                </ThemeIcon>
                <Text fw={500}>{text || type ? t('noneMatch') : t('emptyTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {text || type ? t('noneMatchHint') : t('emptyHint')}
                </Text>
              </Stack>
            </Center>
          ) : null}

          {items.length > 0 ? (
            <Table.ScrollContainer minWidth={340}>
              <Table verticalSpacing="sm" highlightOnHover stickyHeader>
                <VisuallyHidden component="caption">{t('caption')}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.deleted')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item, index) => {
                    const Icon = ICONS[item.type];
                    const key = `${item.type}:${item.id}`;
                    const mayRestore = can(RESTORE_PERMISSION[item.type]);
                    return (
                      <Table.Tr key={key} data-type={item.type}>
                        <Table.Th scope="row" fw={500}>
                          <Stack gap={4} align="flex-start">
                            <Badge
                              variant="default"
                              size="sm"
                              leftSection={<Icon size={12} aria-hidden />}
                              style={{ textTransform: 'none' }}
                            >
                              {t(`types.${item.type}`)}
                            </Badge>
                            {item.withheld ? (
                              <Withheld compact />
                            ) : item.href ? (
                              <Anchor component={Link} to={item.href} size="sm" fw={500} data-record-name>
                                {item.name}
                              </Anchor>
                            ) : (
                              <Text size="sm" fw={500} data-record-name>
                                {item.name}
                              </Text>
                            )}
                            {item.relationshipType || item.context ? (
                              <Text size="xs" c="dimmed">
                                {[
                                  item.relationshipType
                                    ? t(`ui:enum.RelationshipType.${item.relationshipType}`)
                                    : null,
                                  item.context,
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </Text>
                            ) : null}
                          </Stack>
                        </Table.Th>
                        <Table.Td>
                          <Text size="sm">{item.deletedAt ? dateTime(item.deletedAt) : '—'}</Text>
                          {item.deletedBy ? (
                            <Text size="xs" c="dimmed">
                              {t('deletedBy', { name: item.deletedBy })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td ta="end">
                          {mayRestore ? (
                            <Button
                              size="xs"
                              variant="light"
                              leftSection={<IconArrowBackUp size={14} aria-hidden />}
                              loading={busy === key}
                              disabled={busy !== null && busy !== key}
                              onClick={() => void onRestore(item)}
                              aria-label={
                                item.withheld
                                  ? t('restoreWithheld', {
                                      type: t(`types.${item.type}`),
                                      number: number(index + 1),
                                    })
                                  : t('restoreNamed', {
                                      type: t(`types.${item.type}`),
                                      name: item.name ?? '',
                                    })
                              }
                            >
                              {t('restore')}
                            </Button>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {truncated ? (
            <Text size="sm" c="dimmed">
              {t('truncated', { count: number(TRASH_PAGE_SIZE) })}
            </Text>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
