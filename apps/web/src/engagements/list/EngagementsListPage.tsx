import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconMessages, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../auth/permissions';
import { appendPage } from '../../directory/connection';
import { DataTable, type DataColumn } from '../../directory/DataTable';
import { EmptyState } from '../../directory/EmptyState';
import { FilterButton, FilterChips } from '../../directory/FilterBar';
import type { FilterDef } from '../../directory/filters';
import { filterCount, type ListSpec } from '../../directory/listState';
import { OrganizationPicker, useOrganizationName } from '../../directory/OrganizationPicker';
import { SearchInput } from '../../directory/SearchInput';
import { useListState } from '../../directory/useListState';
import { DatePickerInput } from '@mantine/dates';
import type {
  EngagementFilter,
  EngagementRow_EngagementFragment,
  EngagementType,
  OrganizationKind,
} from '../../gql/graphql';
import { ORGANIZATION_KINDS } from '../../organizations/list/organizationKinds';
import { useFormatters } from '../../i18n/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportMenu } from '../../exports/ExportMenu';
import { PageHeader } from '../../ui/PageHeader';
import { ColleagueSelect } from '../../ui/pickers';
import { ColleaguesDocument } from '../../ui/pickers/pickerDocuments';
import { usePageTitle } from '../../ui/usePageTitle';
import { EngagementsDocument } from '../documents';
import { ENGAGEMENT_TYPES } from '../form/engagementDraft';
import { useLogEngagement } from '../LogEngagementProvider';
import { useEngagementReference } from '../useEngagementReference';
import { dateOnly } from '../dates';

export const ENGAGEMENTS_PAGE_SIZE = 50;

export const ENGAGEMENTS_SPEC: ListSpec = {
  filterKeys: ['type', 'cycle', 'from', 'to', 'theme', 'process', 'kind', 'region', 'org', 'staff'],
  sortKeys: ['date'],
  defaultSort: { key: 'date', descending: true },
  columnIds: [],
};

/** The API filter for the URL's state. */
export function engagementFilter(
  text: string,
  filters: Record<string, string[]>,
  order: 'ASC' | 'DESC',
): { filter: EngagementFilter; order: 'ASC' | 'DESC' } {
  const types = (filters.type ?? []).filter((v): v is EngagementType =>
    (ENGAGEMENT_TYPES as readonly string[]).includes(v),
  );
  const cycle = filters.cycle?.[0];
  const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  const from = day(filters.from?.[0]);
  const to = day(filters.to?.[0]);
  const kinds = (filters.kind ?? []).filter((v): v is OrganizationKind =>
    (ORGANIZATION_KINDS as readonly string[]).includes(v),
  );
  const cycleNumber = cycle !== undefined && cycle !== 'since' ? Number(cycle) : NaN;
  return {
    order,
    filter: {
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(types.length ? { types } : {}),
      ...(cycle === 'since' ? { sinceLastDialogue: true } : {}),
      ...(Number.isInteger(cycleNumber) && cycleNumber >= 0 ? { cycle: cycleNumber } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(kinds.length ? { organizationKinds: kinds } : {}),
      ...(filters.region?.length ? { regionCodes: filters.region } : {}),
      ...(filters.theme?.length ? { themes: filters.theme } : {}),
      ...(filters.process?.length ? { policyProcesses: filters.process } : {}),
      ...(filters.org?.[0] ? { organizationId: filters.org[0] } : {}),
      ...(filters.staff?.[0] ? { staffId: filters.staff[0] } : {}),
    },
  };
}

/**
 * Engagements, newest first: search titles and notes, filter by type, Dialogue cycle or dates, theme, policy
 * process, kind and region of a participating organisation, organisation and staff (the URL holds it all), open one with a click or Enter. One request per page of 50.
 */
export function EngagementsListPage() {
  const { t } = useTranslation(['engagements', 'directory', 'ui']);
  usePageTitle(t('list.title'));
  const can = useCan();
  const navigate = useNavigate();
  const logEngagement = useLogEngagement();
  const { date } = useFormatters();
  const reference = useEngagementReference();
  const { state, change } = useListState(ENGAGEMENTS_SPEC);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const organizationName = useOrganizationName(state.filters.org?.[0] ?? null);

  const variables = useMemo(
    () => ({
      first: ENGAGEMENTS_PAGE_SIZE,
      ...engagementFilter(state.text, state.filters, state.sort.descending ? 'DESC' : 'ASC'),
    }),
    [state.text, state.filters, state.sort.descending],
  );
  const { data, loading, error, refetch, fetchMore } = useQuery(EngagementsDocument, { variables });
  const connection = data?.engagements;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  const onLoadMore = useCallback(() => {
    const cursor = connection?.pageInfo.endCursor;
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    void fetchMore({
      variables: { ...variables, after: cursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        engagements: appendPage(previous.engagements, fetchMoreResult.engagements),
      }),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [connection, loadingMore, fetchMore, variables]);

  const colleagues = useQuery(ColleaguesDocument).data?.colleagues;
  const staffNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const row of rows) for (const s of row.staff) names.set(s.id, s.displayName);
    for (const c of colleagues ?? []) names.set(c.id, c.displayName);
    return names;
  }, [rows, colleagues]);

  const cycleLabel = (number: number, from: string | null, to: string | null) =>
    from
      ? to
        ? t('directory:filters.cycleRange', { number, from: date(from), to: date(to) })
        : t('directory:filters.cycleOpen', { number, from: date(from) })
      : t('list.beforeFirstDialogue');

  const filters: FilterDef[] = [
    {
      key: 'type',
      label: t('list.filters.type'),
      type: 'multi',
      options: ENGAGEMENT_TYPES.map((type) => ({ value: type, label: t(`ui:enum.EngagementType.${type}`) })),
    },
    {
      key: 'cycle',
      label: t('list.filters.cycle'),
      type: 'single',
      options: [
        { value: 'since', label: t('directory:filters.sinceLastDialogue') },
        ...[...(reference.dialogueCycles ?? [])].reverse().map((c) => ({
          value: String(c.number),
          label: cycleLabel(c.number, c.from ?? null, c.to ?? null),
        })),
      ],
    },
    ...(['from', 'to'] as const).map((key): FilterDef => ({
      key,
      label: t(`list.filters.${key}`),
      type: 'single',
      options: [],
      valueLabel: (day) => date(day),
      control: ({ values, onChange, label }) => (
        <DatePickerInput
          label={label}
          value={values[0] ?? null}
          onChange={(day) => onChange(day ? [String(day).slice(0, 10)] : [])}
          valueFormat="D MMM YYYY"
          clearable
          popoverProps={{ withinPortal: false }}
        />
      ),
    })),
    {
      key: 'theme',
      label: t('list.filters.theme'),
      type: 'multi',
      options: reference.themes.map((theme) => ({ value: theme.key, label: theme.name })),
    },
    {
      key: 'process',
      label: t('list.filters.process'),
      type: 'multi',
      options: reference.policyProcesses.map((p) => ({ value: p.key, label: p.name })),
    },
    {
      key: 'kind',
      label: t('list.filters.kind'),
      type: 'multi',
      options: ORGANIZATION_KINDS.map((kind) => ({
        value: kind,
        label: t(`ui:enum.OrganizationKind.${kind}`),
      })),
    },
    {
      key: 'region',
      label: t('list.filters.region'),
      type: 'multi',
      options: reference.regions
        .filter((r) => r.level === 'REGION' || r.level === 'SUB_REGION' || r.level === 'INTERMEDIATE_REGION')
        .map((r) => ({ value: r.code, label: r.name })),
    },
    {
      key: 'org',
      label: t('list.filters.organization'),
      type: 'single',
      options: [],
      valueLabel: () => organizationName ?? '…',
      control: ({ values, onChange, label }) => (
        <OrganizationPicker
          label={label}
          value={values[0] ?? null}
          onChange={(id) => onChange(id ? [id] : [])}
        />
      ),
    },
    {
      key: 'staff',
      label: t('list.filters.staff'),
      type: 'single',
      options: [],
      valueLabel: (id) => staffNames.get(id) ?? '…',
      control: ({ values, onChange, label }) => (
        <ColleagueSelect
          label={label}
          value={values[0] ?? null}
          onChange={(id) => onChange(id ? [id] : [])}
          allowDeselect
          clearable
          placeholder={t('directory:filters.any')}
          comboboxProps={{ withinPortal: false }}
        />
      ),
    },
  ];

  const withheld = t('ui:withheld.label');
  const columns: DataColumn<EngagementRow_EngagementFragment>[] = [
    {
      id: 'title',
      header: t('list.columns.title'),
      rowHeader: true,
      minWidth: 260,
      cell: (e) => (
        <Anchor component={Link} to={`/engagements/${e.id}`} tabIndex={-1} c="inherit" fw={600} fz="sm">
          {e.title}
        </Anchor>
      ),
    },
    {
      id: 'date',
      header: t('list.columns.date'),
      sortKey: 'date',
      minWidth: 130,
      cell: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {date(dateOnly(e.date))}
        </Text>
      ),
    },
    {
      id: 'type',
      header: t('list.columns.type'),
      minWidth: 130,
      cell: (e) => (
        <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
          {t(`ui:enum.EngagementType.${e.type}`)}
        </Badge>
      ),
    },
    {
      id: 'participants',
      header: t('list.columns.participants'),
      minWidth: 260,
      cell: (e) => {
        const names = e.organizations.map((o) =>
          o.organization.withheld.includes('name') || o.organization.name === null
            ? withheld
            : o.organization.name,
        );
        const shown = names.slice(0, 2).join(', ');
        const more = names.length - 2;
        return (
          <Text size="sm" lineClamp={1}>
            {shown || null}
            {more > 0 ? ` ${t('list.moreOrganizations', { count: more })}` : ''}
            {e.people.length > 0
              ? `${shown ? ' · ' : ''}${t('list.people', { count: e.people.length })}`
              : ''}
          </Text>
        );
      },
    },
    {
      id: 'staff',
      header: t('list.columns.staff'),
      minWidth: 160,
      cell: (e) => (
        <Text size="sm" lineClamp={1}>
          {e.staff.map((s) => s.displayName).join(', ')}
        </Text>
      ),
    },
    {
      id: 'themes',
      header: t('list.columns.themes'),
      minWidth: 200,
      cell: (e) => (
        <Group gap={4} wrap="nowrap">
          {e.themes.slice(0, 2).map((key) => (
            <Badge key={key} variant="outline" radius="sm" tt="none" fw={500} size="sm">
              {reference.themeName(key)}
            </Badge>
          ))}
          {e.themes.length > 2 ? (
            <Text size="xs" c="dimmed">
              +{e.themes.length - 2}
            </Text>
          ) : null}
        </Group>
      ),
    },
  ];

  const filtered = filterCount(state) > 0 || state.text !== '';
  const totalCount = connection?.totalCount ?? null;
  const filterProps = {
    filters,
    values: state.filters,
    onChange: (key: string, values: string[]) => change({ filters: { [key]: values } }),
    onClear: () => change({ clearFilters: true }),
  };
  const logAction = can('engagements.log') ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => logEngagement.open()}>
      {t('list.log')}
    </Button>
  ) : null;
  const empty = !loading && !error && rows.length === 0;

  return (
    <Stack gap="md">
      <PageHeader title={t('list.title')} description={t('list.description')} actions={logAction} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-label={t('list.title')}>
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap" align="center">
            <SearchInput value={state.text} onChange={(text) => change({ text })} label={t('list.search')} />
            <FilterButton {...filterProps} />
            <Button
              variant={state.filters.cycle?.[0] === 'since' ? 'light' : 'default'}
              aria-pressed={state.filters.cycle?.[0] === 'since'}
              onClick={() =>
                change({ filters: { cycle: state.filters.cycle?.[0] === 'since' ? [] : ['since'] } })
              }
            >
              {t('directory:filters.sinceLastDialogue')}
            </Button>
            <ExportMenu request={{ list: 'engagements', filter: variables.filter, order: variables.order }} />
            <Text size="sm" c="dimmed" ms="auto" aria-live="polite" aria-atomic>
              {totalCount === null ? t('directory:count.loading') : t('list.count', { count: totalCount })}
            </Text>
          </Group>
          <FilterChips {...filterProps} />
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {empty ? (
            filtered ? (
              <EmptyState
                icon={<IconFilterOff size={24} />}
                title={t('directory:empty.filteredTitle')}
                description={t('directory:empty.filteredHint')}
                action={
                  <Button variant="light" onClick={() => change({ clearFilters: true, text: '' })}>
                    {t('directory:empty.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={<IconMessages size={24} />}
                title={t('list.emptyTitle')}
                description={t('list.emptyHint')}
                action={logAction}
              />
            )
          ) : error && rows.length === 0 ? null : (
            <DataTable
              caption={t('list.title')}
              columns={columns}
              rows={rows}
              getRowId={(e) => e.id}
              rowLabel={(e) => e.title}
              onOpen={(e) => void navigate(`/engagements/${e.id}`)}
              sort={state.sort}
              onSort={() => change({ sort: { key: 'date', descending: !state.sort.descending } })}
              selected={selected}
              onSelectedChange={setSelected}
              loading={loading && rows.length === 0}
              totalCount={totalCount ?? 0}
              hasMore={connection?.pageInfo.hasNextPage ?? false}
              loadingMore={loadingMore}
              onLoadMore={onLoadMore}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
