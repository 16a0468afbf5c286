import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
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
  Tags,
  ThemesCell,
  themeNames,
} from '../../directory/cells';
import { appendPage } from '../../directory/connection';
import { DIRECTORY_SPECS, PERSON_COLUMNS, sortFieldOf } from '../../directory/directorySpecs';
import { DirectoryView, type DirectoryColumn } from '../../directory/DirectoryView';
import type { FilterDef } from '../../directory/filters';
import { viewStateOf } from '../../directory/listState';
import { OrganizationPicker, useOrganizationName } from '../../directory/OrganizationPicker';
import { DirectoryCountriesDocument } from '../../directory/referenceDocuments';
import { sharedApiFilter, sharedFilters } from '../../directory/sharedFilters';
import { useColumns } from '../../directory/useColumns';
import { useRiskVisibility } from '../../directory/useRiskVisibility';
import { useListState } from '../../directory/useListState';
import type { ConsentPurpose, ConsentState, PersonFilter, PersonRowFragment } from '../../gql/graphql';
import { PURPOSES } from '../record/consent/consentOptions';
import { useFormatters } from '../../i18n/format';
import { RiskBadge } from '../../ui/protection/RiskBadge';
import { MaybeWithheld } from '../../ui/protection/Withheld';
import { usePageTitle } from '../../ui/usePageTitle';
import { AddPersonDialog } from './AddPersonDialog';
import { PeopleDirectoryDocument, PeoplePageDocument } from './peopleListDocuments';

export const PAGE_SIZE = 100;
const DEFAULT_COLUMNS = ['name', 'organization', 'country', 'languages', 'themes', 'updated', 'risk'];
const SPEC = DIRECTORY_SPECS.people;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function personFilter(
  text: string,
  filters: Record<string, string[]>,
  canSeeRisk: boolean,
): PersonFilter {
  const organizationId = filters.org?.find((id) => UUID.test(id));
  const consent = consentFilterOf(filters.consent?.[0]);
  return {
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(organizationId ? { organizationId } : {}),
    ...(consent ? { consent } : {}),
    ...sharedApiFilter(filters, canSeeRisk),
  };
}

const CONSENT_STATES: readonly ConsentState[] = ['GIVEN', 'WITHDRAWN', 'NOT_ASKED'];

/** The consent filter's URL value, `PURPOSE:STATE` (e.g. `LIST_AS_PARTICIPANT:NOT_ASKED`), as the API takes it. */
export function consentFilterOf(value: string | undefined): PersonFilter['consent'] {
  const [purpose, state] = (value ?? '').split(':');
  if (!PURPOSES.includes(purpose as ConsentPurpose) || !CONSENT_STATES.includes(state as ConsentState))
    return undefined;
  return { purpose: purpose as ConsentPurpose, state: state as ConsentState };
}

/** The organisation a person works for now: the primary current affiliation, else the first current one. */
export function primaryOrganization(person: PersonRowFragment) {
  const current = (person.affiliations ?? []).filter((a) => !a.endDate);
  return (current.find((a) => a.isPrimary) ?? current[0])?.organization ?? null;
}

/** People: search, filter, sort and choose columns; the state is the URL's; saved views per user. */
export function PeopleListPage() {
  const { t, i18n } = useTranslation(['directory', 'ui', 'people']);
  usePageTitle(t('people.title'));
  const can = useCan();
  const { canSeeRisk, levels: riskLevels } = useRiskVisibility();
  const canWrite = can('register.write');
  const navigate = useNavigate();
  const { date } = useFormatters();
  const { state, params, change } = useListState(SPEC);
  const [filtersOpened, setFiltersOpened] = useState(false);
  const [adding, setAdding] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const orgId = state.filters.org?.[0] ?? null;
  const orgName = useOrganizationName(orgId);

  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      filter: personFilter(state.text, state.filters, canSeeRisk),
      sort: {
        field: sortFieldOf(state.sort.key),
        order: state.sort.descending ? ('DESC' as const) : ('ASC' as const),
      },
    }),
    [state.text, state.filters, state.sort, canSeeRisk],
  );
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PeopleDirectoryDocument, {
    variables,
  });
  const reference = data ?? previousData;
  const needCountries = filtersOpened || adding || Boolean(state.filters.country?.length);
  const countries = useQuery(DirectoryCountriesDocument, { skip: !needCountries }).data?.countries;

  const connection = data?.people;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const regions = reference?.regions ?? [];
  const themes = reference?.themes ?? [];
  const languageNames = useMemo(() => {
    try {
      return new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type: 'language' });
    } catch {
      return null;
    }
  }, [i18n.resolvedLanguage]);
  const languageName = (code: string) => languageNames?.of(code) ?? code;

  const onLoadMore = useCallback(() => {
    const cursor = connection?.pageInfo.endCursor;
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    void fetchMore({
      query: PeoplePageDocument,
      variables: { ...variables, after: cursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        people: appendPage(previous.people, fetchMoreResult.people),
      }),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [connection, loadingMore, fetchMore, variables]);

  const { visible, setVisible } = useColumns({
    list: 'people',
    known: PERSON_COLUMNS,
    defaults: DEFAULT_COLUMNS,
    hidden: canSeeRisk ? [] : ['risk'],
    fromUrl: state.columns,
    onChange: useCallback((columns: string[]) => change({ columns }), [change]),
  });

  const withheldText = t('ui:withheld.label');
  const orgLabel = (o: NonNullable<ReturnType<typeof primaryOrganization>>) =>
    o.withheld.includes('name') ? withheldText : `${o.name ?? ''}${o.acronym ? ` (${o.acronym})` : ''}`;
  const columns: DirectoryColumn<PersonRowFragment>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      sortKey: 'name',
      rowHeader: true,
      minWidth: 220,
      cell: (p) => (
        <Anchor component={Link} to={`/people/${p.id}`} tabIndex={-1} c="inherit" fw={600} fz="sm">
          <MaybeWithheld compact value={p.fullName} field="fullName" withheld={p.withheld} />
        </Anchor>
      ),
      text: (p) => (p.withheld.includes('fullName') ? withheldText : (p.fullName ?? '')),
    },
    {
      id: 'organization',
      header: t('columns.organization'),
      minWidth: 220,
      cell: (p) => (
        <MaybeWithheld
          compact
          value={primaryOrganization(p)}
          field="affiliations"
          withheld={p.withheld}
          render={(o) =>
            o.withheld.includes('name') ? (
              <MaybeWithheld compact value={null} field="name" withheld={o.withheld} />
            ) : (
              <Text span size="sm">
                {orgLabel(o)}
              </Text>
            )
          }
        />
      ),
      text: (p) => {
        if (p.withheld.includes('affiliations')) return withheldText;
        const o = primaryOrganization(p);
        return o ? orgLabel(o) : '';
      },
    },
    {
      id: 'country',
      header: t('columns.country'),
      minWidth: 160,
      cell: (p) => <CountryCell country={p.country} withheld={p.withheld} />,
      text: (p) => (p.withheld.includes('country') ? withheldText : (p.country?.name ?? '')),
    },
    {
      id: 'region',
      header: t('columns.region'),
      minWidth: 160,
      cell: (p) => <RegionCell country={p.country} regions={regions} withheld={p.withheld} />,
      text: (p) => (p.withheld.includes('country') ? withheldText : (regionName(p.country, regions) ?? '')),
    },
    {
      id: 'globalSouth',
      header: t('columns.globalSouth'),
      minWidth: 110,
      cell: (p) => <GlobalSouthCell country={p.country} withheld={p.withheld} />,
      text: (p) =>
        p.country?.isGlobalSouth === true
          ? t('values.yes')
          : p.country?.isGlobalSouth === false
            ? t('values.no')
            : '',
    },
    {
      id: 'languages',
      header: t('columns.languages'),
      minWidth: 160,
      cell: (p) => (
        <MaybeWithheld
          compact
          value={p.languages?.length ? p.languages : null}
          field="languages"
          withheld={p.withheld}
          render={(codes) => <Tags names={codes.map(languageName)} />}
        />
      ),
      text: (p) =>
        p.withheld.includes('languages') ? withheldText : (p.languages ?? []).map(languageName).join('; '),
    },
    {
      id: 'themes',
      header: t('columns.themes'),
      minWidth: 200,
      cell: (p) => <ThemesCell keys={p.themes} themes={themes} withheld={p.withheld} />,
      text: (p) => (p.withheld.includes('themes') ? withheldText : themeNames(p.themes, themes)),
    },
    {
      id: 'updated',
      header: t('columns.updated'),
      sortKey: 'updated',
      minWidth: 150,
      cell: (p) => date(p.updatedAt),
      text: (p) => p.updatedAt,
    },
    {
      id: 'created',
      header: t('columns.created'),
      sortKey: 'created',
      minWidth: 150,
      cell: (p) => date(p.createdAt),
      text: (p) => p.createdAt,
    },
    ...(canSeeRisk
      ? [
          {
            id: 'risk',
            header: t('columns.risk'),
            minWidth: 130,
            cell: (p: PersonRowFragment) => <RiskBadge level={p.riskLevel} hideStandard />,
            text: (p: PersonRowFragment) => (p.riskLevel ? t(`ui:enum.RiskLevel.${p.riskLevel}`) : ''),
          },
        ]
      : []),
  ];

  const filters: FilterDef[] = [
    ...sharedFilters(t, { reference, countries, riskLevels }, date),
    {
      key: 'org',
      label: t('filters.organization'),
      type: 'single',
      options: [],
      valueLabel: (id) => (id === orgId && orgName ? orgName : t('count.loading')),
      control: ({ values, onChange, label }) => (
        <OrganizationPicker
          label={label}
          value={values[0] ?? null}
          onChange={(id) => onChange(id ? [id] : [])}
        />
      ),
    },
    {
      // "Consented to being listed", "no answer on quoting": people whose consent to a purpose is in a state.
      key: 'consent',
      label: t('people:consent.filter'),
      type: 'single',
      options: PURPOSES.flatMap((purpose) =>
        CONSENT_STATES.map((state) => ({
          value: `${purpose}:${state}`,
          label: t('people:consent.filterValue', {
            purpose: t(`people:consent.purpose.${purpose}`),
            state: t(`people:consent.state.${state}`),
          }),
        })),
      ),
    },
  ];

  // Adding one, and (for those who may) importing many from a spreadsheet: offered in the header and the empty list.
  const addAction = canWrite ? (
    <Group gap="xs">
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
        {t('people.add')}
      </Button>
      <ImportButton />
    </Group>
  ) : undefined;

  return (
    <>
      <DirectoryView
        list="people"
        title={t('people.title')}
        description={t('people.description')}
        searchLabel={t('people.search')}
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
        getRowId={(p) => p.id}
        rowLabel={(p) => (p.withheld.includes('fullName') ? t('table.withheldRecord') : (p.fullName ?? ''))}
        onOpen={(p) => void navigate(`/people/${p.id}`)}
        savedViews={reference?.savedViews ?? []}
        viewState={viewStateOf(params, SPEC)}
        exportRequest={{ list: 'people', filter: variables.filter, sort: variables.sort }}
        addAction={addAction}
        empty={{
          icon: <IconUsers size={24} />,
          title: t('people.emptyTitle'),
          description: t('people.emptyHint'),
        }}
      />
      {canWrite ? (
        <AddPersonDialog
          opened={adding}
          onClose={() => setAdding(false)}
          countries={countries}
          onCreated={(id) => void navigate(`/people/${id}`)}
        />
      ) : null}
    </>
  );
}
