import { useQuery } from '@apollo/client/react';
import {
  Button,
  Center,
  Chip,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconLayoutKanban, IconList, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { useCurrentUser } from '../auth/CurrentUser';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ExportMenu } from '../exports/ExportMenu';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { CollaborationBoard } from './CollaborationBoard';
import { CollaborationFormDialog } from './CollaborationFormDialog';
import { CollaborationsTable } from './CollaborationsTable';
import { CollaborationsDocument } from './documents';
import { themeNamer } from './shared/format';
import {
  activeFilterCount,
  COLLABORATION_STATUSES,
  collaborationFilter,
  readCollaborationsParams,
  SOUTH_SOUTH_KINDS,
} from './status';
import { useMoveCollaboration } from './useMoveCollaboration';

export const COLLABORATIONS_PAGE_SIZE = 100;

/**
 * Collaborations: the board by status (drag cards, or "Move to…") and the list with its filters. The URL holds
 * the view and the filters (`?view=list&status=ACTIVE&kind=SOUTH_SOUTH&theme=yps&since=1&q=…`).
 */
export function CollaborationsPage() {
  const { t } = useTranslation(['collaborations', 'ui']);
  usePageTitle(t('collaborations:title'));
  const can = useCan();
  const me = useCurrentUser();
  const { date } = useFormatters();
  const canLog = can('collaborations.log');
  const [params, setParams] = useSearchParams();
  const state = readCollaborationsParams(params);
  const [searchText, setSearchText] = useState(state.text);
  const [createOpen, setCreateOpen] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { move, overrides, dialog } = useMoveCollaboration();

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name !== 'view' },
    );
  const commitSearch = useDebouncedCallback((value: string) => setParam('q', value.trim() || null), 300);

  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
    fetchMore,
  } = useQuery(CollaborationsDocument, {
    variables: { first: COLLABORATIONS_PAGE_SIZE, filter: collaborationFilter(state) },
    // Back from a record, the list shows what changed there.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous answer stays on screen (no flash of skeletons).
  const data = current ?? previousData;
  const collaborations = data?.collaborations.edges.map((edge) => edge.node) ?? [];
  const themeName = themeNamer(data?.themes);
  const filters = activeFilterCount(state);
  const scopeNote =
    !can('collaborations.read-all') && me.organizationId ? t('collaborations:scopeNote') : null;

  const loadMore = async () => {
    const cursor = data?.collaborations.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          collaborations: {
            ...fetchMoreResult.collaborations,
            edges: [...previous.collaborations.edges, ...fetchMoreResult.collaborations.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('collaborations:title')}
        description={scopeNote ?? t('collaborations:intro')}
        actions={
          <Group gap="sm" wrap="nowrap">
            <ExportMenu request={{ list: 'collaborations', filter: collaborationFilter(state) }} />
            {canLog ? (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreateOpen(true)}>
                {t('collaborations:create')}
              </Button>
            ) : null}
          </Group>
        }
      />

      <Paper withBorder p="md" component="section" aria-label={t('collaborations:filters.label')}>
        <Stack gap="sm">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={t('collaborations:view.label')}
              value={state.view}
              onChange={(value) => setParam('view', value === 'list' ? 'list' : null)}
              data={[
                {
                  value: 'board',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconLayoutKanban size={16} aria-hidden />
                      <span>{t('collaborations:view.board')}</span>
                    </Group>
                  ),
                },
                {
                  value: 'list',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconList size={16} aria-hidden />
                      <span>{t('collaborations:view.list')}</span>
                    </Group>
                  ),
                },
              ]}
            />
            <TextInput
              type="search"
              aria-label={t('collaborations:filters.text')}
              placeholder={t('collaborations:filters.text')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={searchText}
              onChange={(event) => {
                setSearchText(event.currentTarget.value);
                commitSearch(event.currentTarget.value);
              }}
              w={{ base: '100%', sm: 240 }}
            />
            <MultiSelect
              aria-label={t('collaborations:filters.status')}
              placeholder={state.statuses.length ? undefined : t('collaborations:filters.anyStatus')}
              data={COLLABORATION_STATUSES.map((s) => ({
                value: s,
                label: t(`ui:enum.CollaborationStatus.${s}`),
              }))}
              value={state.statuses}
              onChange={(value) => setParam('status', value.join(',') || null)}
              clearable
              w={{ base: '100%', sm: 220 }}
            />
            <MultiSelect
              aria-label={t('collaborations:filters.kind')}
              placeholder={state.kinds.length ? undefined : t('collaborations:filters.anyKind')}
              data={SOUTH_SOUTH_KINDS.map((k) => ({ value: k, label: t(`ui:enum.SouthSouthKind.${k}`) }))}
              value={state.kinds}
              onChange={(value) => setParam('kind', value.join(',') || null)}
              clearable
              w={{ base: '100%', sm: 220 }}
            />
            <Select
              aria-label={t('collaborations:filters.theme')}
              placeholder={t('collaborations:filters.anyTheme')}
              data={(data?.themes ?? []).map((theme) => ({ value: theme.key, label: theme.name }))}
              value={state.theme}
              onChange={(value) => setParam('theme', value)}
              clearable
              searchable
              w={{ base: '100%', sm: 220 }}
            />
            <Chip
              checked={state.sinceLastDialogue}
              onChange={(checked) => setParam('since', checked ? '1' : null)}
              mb={6}
            >
              {t('collaborations:filters.since')}
            </Chip>
            {state.active ? (
              <Chip
                checked
                onChange={() =>
                  setParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      next.delete('activeFrom');
                      next.delete('activeTo');
                      return next;
                    },
                    { replace: true },
                  )
                }
                mb={6}
              >
                {t('collaborations:filters.active', {
                  from: date(state.active.from),
                  to: date(state.active.to),
                })}
              </Chip>
            ) : null}
            {filters ? (
              <Button
                variant="subtle"
                size="compact-sm"
                mb={6}
                onClick={() => {
                  setSearchText('');
                  setParams(state.view === 'list' ? { view: 'list' } : {}, { replace: true });
                }}
              >
                {t('collaborations:filters.clear')}
              </Button>
            ) : null}
            <Text size="sm" c="dimmed" ms="auto" mb={8} aria-live="polite">
              {data ? t('collaborations:count', { count: data.collaborations.totalCount }) : ''}
            </Text>
          </Group>
        </Stack>
      </Paper>

      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? (
        <Group gap="sm" wrap="nowrap" aria-busy="true" aria-label={t('collaborations:loading')}>
          {[0, 1, 2, 3, 4].map((i) => (
            <Stack key={i} gap="xs" style={{ flex: 1 }}>
              <Skeleton height={24} width="60%" />
              <Skeleton height={72} />
              <Skeleton height={72} />
            </Stack>
          ))}
        </Group>
      ) : null}

      {data && collaborations.length === 0 ? (
        <Center py="xl">
          <Stack gap={6} align="center" maw={480} ta="center">
            <Text fw={600}>
              {filters ? t('collaborations:empty.filteredTitle') : t('collaborations:empty.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {filters ? t('collaborations:empty.filteredHint') : t('collaborations:empty.hint')}
            </Text>
            {canLog && !filters ? (
              <Button
                mt="xs"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setCreateOpen(true)}
              >
                {t('collaborations:create')}
              </Button>
            ) : null}
          </Stack>
        </Center>
      ) : null}

      {data && collaborations.length > 0 ? (
        state.view === 'board' ? (
          <section aria-label={t('collaborations:view.boardLabel')}>
            <VisuallyHidden>{canLog ? t('collaborations:board.instructions') : null}</VisuallyHidden>
            <CollaborationBoard
              collaborations={collaborations}
              overrides={overrides}
              statuses={state.statuses}
              canMove={canLog}
              themeName={themeName}
              onMove={(card, status) => void move(card, status)}
            />
          </section>
        ) : (
          <CollaborationsTable collaborations={collaborations} themeName={themeName} />
        )
      ) : null}

      {data?.collaborations.pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('collaborations:loadMore', {
              shown: collaborations.length,
              total: data.collaborations.totalCount,
            })}
          </Button>
        </Group>
      ) : null}

      {canLog ? (
        <CollaborationFormDialog
          opened={createOpen}
          onClose={() => setCreateOpen(false)}
          themes={data?.themes ?? []}
        />
      ) : null}
      {dialog}
    </Stack>
  );
}
