import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Chip,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/permissions';
import { useLogEngagement } from '../engagements/LogEngagementProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ColleaguePicker } from '../ui/pickers';
import { ExportMenu } from '../exports/ExportMenu';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { EveryonesFollowUpsDocument, MyFollowUpsDocument } from './documents';
import { FollowUpActionsScope, FollowUpGroups } from './FollowUpGroups';
import type { FollowUpRow } from './useFollowUpActions';

/** Follow-ups per page (the API's maximum), and how many done ones "My follow-ups" keeps at hand. */
const PAGE = 100;
const DONE_SHOWN = 20;

function ListSkeleton() {
  const { t } = useTranslation('followUps');
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('loading')}>
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} h={64} radius="md" />
      ))}
    </Stack>
  );
}

function EmptyState({ everyone }: { everyone: boolean }) {
  const { t } = useTranslation('followUps');
  const can = useCan();
  const logEngagement = useLogEngagement();
  return (
    <Paper withBorder p="xl">
      <Stack gap="sm" align="flex-start" maw={560}>
        <IconChecklist size={32} aria-hidden color="var(--mantine-color-un-6)" />
        <Title order={2}>{everyone ? t('empty.everyoneTitle') : t('empty.mineTitle')}</Title>
        <Text c="dimmed">{everyone ? t('empty.everyoneText') : t('empty.mineText')}</Text>
        {!everyone && can('engagements.log') ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => logEngagement.open()}>
            {t('empty.action')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

function LoadMore({
  shown,
  total,
  loading,
  onMore,
}: {
  shown: number;
  total: number;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation('followUps');
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('shownOf', { shown, total })}
      </Text>
      <Button variant="default" loading={loading} onClick={onMore}>
        {t('loadMore')}
      </Button>
    </Group>
  );
}

function MyFollowUps() {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyFollowUpsDocument, {
    variables: { first: PAGE, doneFirst: DONE_SHOWN },
  });
  const [more, setMore] = useState(false);
  const open = data?.open;
  const rows = useMemo(
    () => [...(open?.edges ?? []), ...(data?.done.edges ?? [])].map((edge) => edge.node),
    [open, data?.done],
  );
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data || (loading && !data)) return <ListSkeleton />;
  if (!rows.length) return <EmptyState everyone={false} />;
  return (
    <Stack gap="lg">
      <FollowUpGroups followUps={rows} doneTotal={data.done.totalCount} />
      {open?.pageInfo.hasNextPage ? (
        <LoadMore
          shown={open.edges.length}
          total={open.totalCount}
          loading={more}
          onMore={() => {
            setMore(true);
            void fetchMore({
              variables: { after: open.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                open: {
                  ...fetchMoreResult.open,
                  edges: [...previous.open.edges, ...fetchMoreResult.open.edges],
                },
              }),
            }).finally(() => setMore(false));
          }}
        />
      ) : null}
    </Stack>
  );
}

interface OwnerGroup {
  id: string;
  name: string;
  disabled: boolean;
  rows: FollowUpRow[];
  overdue: number;
}

/**
 * Managers: everyone's open follow-ups grouped by owner, the owners with most overdue first; optionally only those
 * due in one Dialogue cycle (as the dashboard counts them).
 */
function EveryonesFollowUps({ ownerIds, cycle }: { ownerIds: string[]; cycle: number | null }) {
  const { t } = useTranslation('followUps');
  const { data, error, refetch, fetchMore } = useQuery(EveryonesFollowUpsDocument, {
    variables: {
      first: PAGE,
      filter: everyonesFilter(ownerIds, cycle),
    },
  });
  const [more, setMore] = useState(false);
  const connection = data?.followUps;
  const owners = useMemo(() => {
    const map = new Map<string, OwnerGroup>();
    for (const { node } of connection?.edges ?? []) {
      const group = map.get(node.ownerId) ?? {
        id: node.ownerId,
        name: node.owner.displayName,
        disabled: node.owner.disabled,
        rows: [],
        overdue: 0,
      };
      group.rows.push(node);
      if (node.overdue) group.overdue += 1;
      map.set(node.ownerId, group);
    }
    return [...map.values()].sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name));
  }, [connection]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!connection) return <ListSkeleton />;
  if (!owners.length) return <EmptyState everyone />;
  return (
    <FollowUpActionsScope>
      {(item) => (
        <Stack gap="lg">
          {owners.map((owner) => (
            <section key={owner.id} aria-labelledby={`owner-${owner.id}`}>
              <Group gap="xs" mb="xs" wrap="wrap">
                <Title order={2} fz="md" id={`owner-${owner.id}`}>
                  {t('owner.heading', { name: owner.name })}
                </Title>
                <Badge variant="light" color="gray">
                  {t('owner.summary', { count: owner.rows.length })}
                </Badge>
                {owner.overdue ? (
                  <Badge variant="light" color="red">
                    {t('owner.overdue', { count: owner.overdue })}
                  </Badge>
                ) : null}
                {owner.disabled ? (
                  <Text size="sm" c="dimmed">
                    ({t('owner.disabled')})
                  </Text>
                ) : null}
              </Group>
              <Paper withBorder style={{ overflow: 'hidden' }}>
                <Stack gap={0} style={{ marginBlockStart: -1 }}>
                  {owner.rows.map((row) => item(row, { showOverdue: true }))}
                </Stack>
              </Paper>
            </section>
          ))}
          {connection.pageInfo.hasNextPage ? (
            <LoadMore
              shown={connection.edges.length}
              total={connection.totalCount}
              loading={more}
              onMore={() => {
                setMore(true);
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    ...previous,
                    followUps: {
                      ...fetchMoreResult.followUps,
                      edges: [...previous.followUps.edges, ...fetchMoreResult.followUps.edges],
                    },
                  }),
                }).finally(() => setMore(false));
              }}
            />
          ) : null}
        </Stack>
      )}
    </FollowUpActionsScope>
  );
}

/** The filter of everyone's open follow-ups, as the page shows them and exports them. */
function everyonesFilter(ownerIds: string[], cycle: number | null) {
  return {
    statuses: ['OPEN' as const, 'IN_PROGRESS' as const],
    ...(ownerIds.length ? { ownerIds } : {}),
    ...(cycle !== null ? { cycle } : {}),
  };
}

/** `/follow-ups`: my follow-ups by due date; for managers, everyone's by owner (`?view=everyone`). */
export function FollowUpsPage() {
  const { t } = useTranslation('followUps');
  const can = useCan();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const mayReadAll = can('engagements.read-all');
  const view = mayReadAll && params.get('view') === 'everyone' ? 'everyone' : 'mine';
  // Everyone's, narrowed to some owners: `?view=everyone&owner=<id>&owner=<id>`.
  const ownerIds = params.getAll('owner');
  // Only those due in a Dialogue cycle: `&cycle=<number>` (the dashboard's drill-down).
  const cycleParam = params.get('cycle');
  const cycle = cycleParam !== null && /^\d+$/.test(cycleParam) ? Number(cycleParam) : null;

  return (
    <Stack gap="lg" maw={1040}>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <ExportMenu
            request={{
              list: 'follow-ups',
              // Mine: every one of my follow-ups, open and done; everyone's: the open ones shown, soonest first.
              filter: view === 'everyone' ? everyonesFilter(ownerIds, cycle) : { mine: true },
              order: 'ASC',
            }}
          />
        }
      />
      {mayReadAll ? (
        <SegmentedControl
          aria-label={t('views.label')}
          value={view}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'everyone') next.set('view', 'everyone');
            else {
              next.delete('view');
              next.delete('owner');
            }
            setParams(next);
          }}
          data={[
            { value: 'mine', label: t('views.mine') },
            { value: 'everyone', label: t('views.everyone') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      {view === 'everyone' ? (
        <Stack gap="md">
          <ColleaguePicker
            label={t('views.owners')}
            placeholder={ownerIds.length ? undefined : t('views.allOwners')}
            value={ownerIds}
            onChange={(ids) => {
              const next = new URLSearchParams(params);
              next.delete('owner');
              for (const id of ids) next.append('owner', id);
              setParams(next, { replace: true });
            }}
            clearable
            maw={520}
          />
          {cycle !== null ? (
            <Chip
              checked
              onChange={() => {
                const next = new URLSearchParams(params);
                next.delete('cycle');
                setParams(next, { replace: true });
              }}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('views.cycle', { number: cycle })}
            </Chip>
          ) : null}
          <EveryonesFollowUps ownerIds={ownerIds} cycle={cycle} />
        </Stack>
      ) : (
        <MyFollowUps />
      )}
    </Stack>
  );
}
