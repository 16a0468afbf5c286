import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ImportButton } from '../../imports/ImportButton';
import { useCan } from '../../auth/permissions';
import {
  CountryCell,
  GlobalSouthCell,
  regionName,
  RegionCell,
  ThemesCell,
  themeNames,
} from '../../directory/cells';
import { appendPage } from '../../directory/connection';
import { DIRECTORY_SPECS, ORGANIZATION_COLUMNS, sortFieldOf } from '../../directory/directorySpecs';
import { DirectoryView, type DirectoryColumn } from '../../directory/DirectoryView';
import type { FilterDef } from '../../directory/filters';
import { booleanFilter, viewStateOf } from '../../directory/listState';
import { DirectoryCountriesDocument } from '../../directory/referenceDocuments';
import { sharedApiFilter, sharedFilters } from '../../directory/sharedFilters';
import { useColumns } from '../../directory/useColumns';
import { useRiskVisibility } from '../../directory/useRiskVisibility';
import { useListState } from '../../directory/useListState';
import type { OrganizationFilter, OrganizationKind, OrganizationRowFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { RiskBadge } from '../../ui/protection/RiskBadge';
import { MaybeWithheld } from '../../ui/protection/Withheld';
import { usePageTitle } from '../../ui/usePageTitle';
import { AddOrganizationDialog } from './AddOrganizationDialog';
import { ORGANIZATION_KINDS } from './organizationKinds';
import { OrganizationsDirectoryDocument, OrganizationsPageDocument } from './organizationsListDocuments';

export const PAGE_SIZE = 100;

const DEFAULT_COLUMNS = [
  'name',
  'kind',
  'country',
  'region',
  'themes',
  'coreGroup',
  'lastEngagement',
  'updated',
  'risk',
];
const SPEC = DIRECTORY_SPECS.organizations;

/** The API filter for the URL's state. */
export function organizationFilter(
  text: string,
  filters: Record<string, string[]>,
  canSeeRisk: boolean,
): OrganizationFilter {
  const kinds = (filters.kind ?? []).filter((k): k is OrganizationKind =>
    (ORGANIZATION_KINDS as string[]).includes(k),
  );
  const coreGroup = booleanFilter(filters.core);
  return {
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(kinds.length ? { kinds } : {}),
    ...(coreGroup !== undefined ? { coreGroup } : {}),
    ...sharedApiFilter(filters, canSeeRisk),
  };
}

/** Organisations: search, filter, sort and choose columns; the state is the URL's; saved views per user. */
export function OrganizationsListPage() {
  const { t } = useTranslation(['directory', 'ui']);
  usePageTitle(t('organizations.title'));
  const can = useCan();
  const { canSeeRisk, levels: riskLevels } = useRiskVisibility();
  const canWrite = can('register.write');
  const navigate = useNavigate();
  const { date } = useFormatters();
  const { state, params, change } = useListState(SPEC);
  const [filtersOpened, setFiltersOpened] = useState(false);
  const [adding, setAdding] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      filter: organizationFilter(state.text, state.filters, canSeeRisk),
      sort: {
        field: sortFieldOf(state.sort.key),
        order: state.sort.descending ? ('DESC' as const) : ('ASC' as const),
      },
    }),
    [state.text, state.filters, state.sort, canSeeRisk],
  );
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(
    OrganizationsDirectoryDocument,
    {
      variables,
    },
  );
  const reference = data ?? previousData;
  const needCountries = filtersOpened || adding || Boolean(state.filters.country?.length);
  const countries = useQuery(DirectoryCountriesDocument, { skip: !needCountries }).data?.countries;

  const connection = data?.organizations;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const regions = reference?.regions ?? [];
  const themes = reference?.themes ?? [];

  const onLoadMore = useCallback(() => {
    const cursor = connection?.pageInfo.endCursor;
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    void fetchMore({
      query: OrganizationsPageDocument,
      variables: { ...variables, after: cursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        organizations: appendPage(previous.organizations, fetchMoreResult.organizations),
      }),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [connection, loadingMore, fetchMore, variables]);

  const { visible, setVisible } = useColumns({
    list: 'organizations',
    known: ORGANIZATION_COLUMNS,
    defaults: DEFAULT_COLUMNS,
    hidden: canSeeRisk ? [] : ['risk'],
    fromUrl: state.columns,
    onChange: useCallback((columns: string[]) => change({ columns }), [change]),
  });

  const withheldText = t('ui:withheld.label');
  const columns: DirectoryColumn<OrganizationRowFragment>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      sortKey: 'name',
      rowHeader: true,
      minWidth: 260,
      cell: (o) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/organizations/${o.id}`} tabIndex={-1} c="inherit" fw={600} fz="sm">
            <MaybeWithheld compact value={o.name} field="name" withheld={o.withheld} />
          </Anchor>
          {o.acronym ? (
            <Text span size="xs" c="dimmed">
              {o.acronym}
            </Text>
          ) : null}
        </Group>
      ),
      text: (o) =>
        o.withheld.includes('name') ? withheldText : `${o.name ?? ''}${o.acronym ? ` (${o.acronym})` : ''}`,
    },
    {
      id: 'kind',
      header: t('columns.kind'),
      minWidth: 170,
      cell: (o) => t(`ui:enum.OrganizationKind.${o.kind}`),
      text: (o) => t(`ui:enum.OrganizationKind.${o.kind}`),
    },
    {
      id: 'country',
      header: t('columns.country'),
      minWidth: 160,
      cell: (o) => <CountryCell country={o.country} withheld={o.withheld} />,
      text: (o) => (o.withheld.includes('country') ? withheldText : (o.country?.name ?? '')),
    },
    {
      id: 'region',
      header: t('columns.region'),
      minWidth: 160,
      cell: (o) => <RegionCell country={o.country} regions={regions} withheld={o.withheld} />,
      text: (o) => (o.withheld.includes('country') ? withheldText : (regionName(o.country, regions) ?? '')),
    },
    {
      id: 'globalSouth',
      header: t('columns.globalSouth'),
      minWidth: 110,
      cell: (o) => <GlobalSouthCell country={o.country} withheld={o.withheld} />,
      text: (o) =>
        o.country?.isGlobalSouth === true
          ? t('values.yes')
          : o.country?.isGlobalSouth === false
            ? t('values.no')
            : '',
    },
    {
      id: 'themes',
      header: t('columns.themes'),
      minWidth: 200,
      cell: (o) => <ThemesCell keys={o.themes} themes={themes} withheld={o.withheld} />,
      text: (o) => (o.withheld.includes('themes') ? withheldText : themeNames(o.themes, themes)),
    },
    {
      id: 'coreGroup',
      header: t('columns.coreGroup'),
      minWidth: 120,
      cell: (o) =>
        o.isCoreGroupMember ? (
          <Badge variant="light" size="sm" tt="none">
            {t('values.coreGroup')}
          </Badge>
        ) : null,
      text: (o) => (o.isCoreGroupMember ? t('values.yes') : ''),
    },
    {
      id: 'lastEngagement',
      header: t('columns.lastEngagement'),
      minWidth: 150,
      cell: (o) => (
        <MaybeWithheld
          compact
          value={o.recentEngagements?.[0]?.date}
          field="recentEngagements"
          withheld={o.withheld}
          render={(d) => date(d)}
        />
      ),
      text: (o) => o.recentEngagements?.[0]?.date ?? '',
    },
    {
      id: 'updated',
      header: t('columns.updated'),
      sortKey: 'updated',
      minWidth: 150,
      cell: (o) => date(o.updatedAt),
      text: (o) => o.updatedAt,
    },
    {
      id: 'created',
      header: t('columns.created'),
      sortKey: 'created',
      minWidth: 150,
      cell: (o) => date(o.createdAt),
      text: (o) => o.createdAt,
    },
    ...(canSeeRisk
      ? [
          {
            id: 'risk',
            header: t('columns.risk'),
            minWidth: 130,
            cell: (o: OrganizationRowFragment) => <RiskBadge level={o.riskLevel} hideStandard />,
            text: (o: OrganizationRowFragment) => (o.riskLevel ? t(`ui:enum.RiskLevel.${o.riskLevel}`) : ''),
          },
        ]
      : []),
  ];

  const yesNo = [
    { value: 'yes', label: t('values.yes') },
    { value: 'no', label: t('values.no') },
  ];
  const [first, ...rest] = sharedFilters(t, { reference, countries, riskLevels }, date);
  const filters: FilterDef[] = [
    {
      key: 'kind',
      label: t('filters.kind'),
      type: 'multi',
      options: ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`ui:enum.OrganizationKind.${k}`) })),
    },
    first,
    ...rest,
    { key: 'core', label: t('filters.coreGroup'), type: 'single', options: yesNo },
  ];

  // Adding one, and (for those who may) importing many from a spreadsheet: offered in the header and the empty list.
  const addAction = canWrite ? (
    <Group gap="xs">
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
        {t('organizations.add')}
      </Button>
      <ImportButton />
    </Group>
  ) : undefined;

  return (
    <>
      <DirectoryView
        list="organizations"
        title={t('organizations.title')}
        description={t('organizations.description')}
        searchLabel={t('organizations.search')}
        state={state}
        change={change}
        filters={filters}
        onFiltersOpen={() => setFiltersOpened(true)}
        columns={columns}
        visible={visible}
        onColumnsChange={setVisible}
        rows={rows}
        totalCount={connection?.totalCount ?? null}
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        hasMore={connection?.pageInfo.hasNextPage ?? false}
        loadingMore={loadingMore}
        onLoadMore={onLoadMore}
        getRowId={(o) => o.id}
        rowLabel={(o) => (o.withheld.includes('name') ? t('table.withheldRecord') : (o.name ?? ''))}
        onOpen={(o) => void navigate(`/organizations/${o.id}`)}
        savedViews={reference?.savedViews ?? []}
        viewState={viewStateOf(params, SPEC)}
        exportRequest={{ list: 'organizations', filter: variables.filter, sort: variables.sort }}
        addAction={addAction}
        empty={{
          icon: <IconBuildingCommunity size={24} />,
          title: t('organizations.emptyTitle'),
          description: t('organizations.emptyHint'),
        }}
      />
      {canWrite ? (
        <AddOrganizationDialog
          opened={adding}
          onClose={() => setAdding(false)}
          countries={countries}
          onCreated={(id) => void navigate(`/organizations/${id}`)}
        />
      ) : null}
    </>
  );
}
