import '@mantine/dates/styles.css';
import { useQuery } from '@apollo/client/react';
import { DatePickerInput } from '@mantine/dates';
import { Anchor, Group, MultiSelect, Select, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DashboardFilter, DashboardQuery, OrganizationKind } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { ORGANIZATION_KINDS } from '../organizations/list/organizationKinds';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { DashboardDocument, DashboardReferenceDocument } from './documents';
import {
  collaborationsLink,
  dialogueLink,
  engagementsLink,
  peopleLink,
  followUpsLink,
  organizationsLink,
  recommendationsLink,
  type DrillScope,
} from './drillDown';
import { EChart } from './EChart';
import { FigureCard, PrintButton, Stat, type FigureRow } from './FigureCard';
import { NetworkView } from './NetworkView';
import './dashboard.css';

type Data = DashboardQuery['partnershipDashboard'];
type Keyed = { key: string; count?: number | null; suppressed?: boolean };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isKind = (value: string): value is OrganizationKind => (ORGANIZATION_KINDS as string[]).includes(value);

/** The filter in the URL (`?cycle=3&theme=yps&theme=wps&region=002&kind=CSO&member=…`), so a view can be shared. */
export function filterFromParams(params: URLSearchParams): DashboardFilter {
  const cycle = params.get('cycle');
  const from = params.get('from');
  const to = params.get('to');
  const range = from && to && DATE.test(from) && DATE.test(to) ? { from, to } : null;
  const themes = params.getAll('theme').filter(Boolean);
  const kinds = params.getAll('kind').filter(isKind);
  const region = params.get('region');
  const member = params.get('member');
  return {
    ...(range ?? (cycle !== null && /^\d+$/.test(cycle) ? { cycle: Number(cycle) } : {})),
    ...(themes.length ? { themes } : {}),
    ...(kinds.length ? { organizationKinds: kinds } : {}),
    ...(region ? { regionCodes: [region] } : {}),
    ...(member ? { coreGroupMemberId: member } : {}),
  };
}

/**
 * The partnership at a glance for managers: since the last Dialogue by default, compared with the cycle before;
 * every figure says what it counts, shows its data as a table and CSV, and drills down to the records where a
 * list can show them. Prints as a report.
 */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'ui']);
  usePageTitle(t('title'));
  const { date } = useFormatters();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const reference = useQuery(DashboardReferenceDocument);
  const { data, previousData, error, refetch, loading } = useQuery(DashboardDocument, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const d = (data ?? previousData)?.partnershipDashboard;

  const setParam = (name: string, values: string[]) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(name);
        for (const value of values) if (value) next.append(name, value);
        return next;
      },
      { replace: true },
    );

  /** A cycle or a date range: choosing one clears the other. */
  const setPeriod = (period: { cycle?: string | null; from?: string; to?: string }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of ['cycle', 'from', 'to']) next.delete(name);
        if (period.cycle) next.set('cycle', period.cycle);
        if (period.from && period.to) {
          next.set('from', period.from);
          next.set('to', period.to);
        }
        return next;
      },
      { replace: true },
    );

  const ref = reference.data;
  const themeName = (key: string) => ref?.themes.find((th) => th.key === key)?.name ?? key;
  const countryName = (iso2: string) => ref?.countries.find((c) => c.iso2 === iso2)?.name ?? iso2;
  const regionName = (code: string) => ref?.regions.find((r) => r.code === code)?.name ?? code;
  const fewer = (n: number) => t('fewerThan', { count: n });
  const value = (k: Keyed) => (k.suppressed ? fewer(d?.threshold ?? 5) : String(k.count ?? 0));

  const periodLabel = (p: { from: string; to: string; cycle?: number | null }) =>
    t('period', { from: date(p.from), to: date(p.to) });

  return (
    <Stack gap="lg" className="dashboard">
      <PageHeader
        title={t('title')}
        description={
          d
            ? d.period.cycle !== null && d.period.cycle !== undefined
              ? t('introCycle', { number: d.period.cycle, period: periodLabel(d.period) })
              : t('introRange', { period: periodLabel(d.period) })
            : t('intro')
        }
        actions={<PrintButton label={t('print')} />}
      />

      <Group
        gap="sm"
        align="flex-end"
        wrap="wrap"
        className="dashboard-no-print"
        role="search"
        aria-label={t('filters.label')}
      >
        <Select
          label={t('filters.cycle')}
          data={[...(ref?.dialogueCycles ?? [])].reverse().map((c) => ({
            value: String(c.number),
            label:
              c.number === 0
                ? t('filters.beforeFirst')
                : t('filters.cycleOption', { number: c.number, from: c.from ? date(c.from) : '' }),
          }))}
          value={filter.cycle !== undefined ? String(filter.cycle) : null}
          placeholder={t('filters.current')}
          clearable
          onChange={(v) => setPeriod({ cycle: v })}
          w={{ base: '100%', sm: 240 }}
        />
        <DatePickerInput
          type="range"
          label={t('filters.range')}
          placeholder={t('filters.rangePlaceholder')}
          value={[filter.from ?? null, filter.to ?? null]}
          onChange={([start, end]) => {
            if (start && end) setPeriod({ from: String(start).slice(0, 10), to: String(end).slice(0, 10) });
            else if (!start && !end) setPeriod({});
          }}
          valueFormat="D MMM YYYY"
          clearable
          allowSingleDateInRange
          w={{ base: '100%', sm: 260 }}
        />
        <MultiSelect
          label={t('filters.themes')}
          data={(ref?.themes ?? []).map((th) => ({ value: th.key, label: th.name }))}
          value={filter.themes ?? []}
          onChange={(v) => setParam('theme', v)}
          clearable
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('filters.region')}
          data={(ref?.regions ?? [])
            .filter((r) => r.level === 'REGION' || r.level === 'SUB_REGION')
            .map((r) => ({ value: r.code, label: r.name }))}
          value={filter.regionCodes?.[0] ?? null}
          searchable
          clearable
          onChange={(v) => setParam('region', v ? [v] : [])}
          w={{ base: '100%', sm: 220 }}
        />
        <MultiSelect
          label={t('filters.kinds')}
          data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`ui:enum.OrganizationKind.${k}`) }))}
          value={filter.organizationKinds ?? []}
          onChange={(v) => setParam('kind', v)}
          clearable
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('filters.member')}
          data={(ref?.organizations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name ?? '' }))}
          value={filter.coreGroupMemberId ? String(filter.coreGroupMemberId) : null}
          clearable
          onChange={(v) => setParam('member', v ? [v] : [])}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>

      {error && !d ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!d && loading ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy="true" aria-label={t('loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={220} />
          ))}
        </SimpleGrid>
      ) : null}

      {d ? (
        <Figures
          d={d}
          value={value}
          themeName={themeName}
          countryName={countryName}
          regionName={regionName}
          drill={{
            from: d.period.from,
            to: d.period.to,
            cycle: d.period.cycle ?? null,
            current: d.period.to === new Date().toISOString().slice(0, 10),
            filter,
          }}
          m49Of={(iso2) => ref?.countries.find((c) => c.iso2 === iso2)?.m49 ?? null}
          previousLabel={d.previousPeriod ? periodLabel(d.previousPeriod) : null}
        />
      ) : null}
      {d ? <NetworkView filter={filter} /> : null}
    </Stack>
  );
}

function Figures({
  d,
  value,
  themeName,
  countryName,
  regionName,
  drill,
  m49Of,
  previousLabel,
}: {
  d: Data;
  value: (k: Keyed) => string;
  themeName: (key: string) => string;
  countryName: (iso2: string) => string;
  regionName: (code: string) => string;
  drill: DrillScope;
  m49Of: (iso2: string) => string | null;
  previousLabel: string | null;
}) {
  const { t } = useTranslation(['dashboard', 'ui']);
  const fewer = t('fewerThan', { count: d.threshold });
  const partners = d.activePartners;
  const partnersValue = partners.current.suppressed ? fewer : String(partners.current.count ?? 0);
  const previousValue = partners.previous
    ? partners.previous.suppressed
      ? fewer
      : String(partners.previous.count ?? 0)
    : null;
  const engagementsTotal = d.engagementsByMonth.reduce((n, m) => n + (m.count ?? 0), 0);
  const health = d.followUpHealth;
  const closed = health.completedOnTime + health.completedLate;

  const rows = (
    list: readonly Keyed[],
    label: (key: string) => string,
    href?: (key: string) => string | null,
  ) => list.map((k): FigureRow => ({ label: label(k.key), value: value(k), href: href?.(k.key) ?? null }));

  const months = rows(
    d.engagementsByMonth,
    (key) => key,
    (month) => engagementsLink(drill, { month }),
  );
  const types = rows(
    d.engagementsByType,
    (key) => t(`ui:enum.EngagementType.${key}` as 'ui:enum.EngagementType.MEETING'),
    (key) => engagementsLink(drill, { type: key }),
  );
  const themes = rows(d.engagementsByTheme, themeName, (key) => engagementsLink(drill, { theme: key }));
  const kinds = rows(
    d.engagementsByOrganizationKind,
    (key) => t(`ui:enum.OrganizationKind.${key}` as 'ui:enum.OrganizationKind.CSO'),
    (kind) => engagementsLink(drill, { kind }),
  );
  const countries = rows(d.countriesEngaged, countryName, (key) =>
    organizationsLink(drill, { country: key }),
  );
  const barely = d.subRegionsReached.filter((r) => r.suppressed || (r.count ?? 0) === 0);
  const subRegions = rows(d.subRegionsReached, regionName, (region) => organizationsLink(drill, { region }));
  const pipeline = rows(
    d.collaborationPipeline,
    (key) => t(`ui:enum.CollaborationStatus.${key}` as 'ui:enum.CollaborationStatus.IDEA'),
    (status) => collaborationsLink(drill, { status }),
  );
  const southSouth = rows(
    d.collaborationKinds,
    (key) => t(`kinds.${key}` as 'kinds.SOUTH_SOUTH'),
    (kind) => (kind === 'UNKNOWN' ? null : collaborationsLink(drill, { southSouth: kind })),
  );
  const stages = rows(
    d.recommendationsByStage,
    (key) => t(`ui:enum.RecommendationStatus.${key}` as 'ui:enum.RecommendationStatus.SUBMITTED'),
    (status) => recommendationsLink(drill, status),
  );
  const count = (c: { count?: number | null; suppressed?: boolean }) =>
    c.suppressed ? fewer : String(c.count ?? 0);
  const share = (c: { count?: number | null; share?: number | null; suppressed?: boolean }, group: string) =>
    c.suppressed
      ? fewer
      : group === 'total' || c.share === null || c.share === undefined
        ? String(c.count ?? 0)
        : `${Math.round(c.share * 100)} % (${c.count ?? 0})`;
  const representationRows: FigureRow[] = REPRESENTATION_GROUPS.flatMap((group) => [
    ...(d.representation.participants
      ? [
          {
            label: `${t(`figure.groups.${group}`)} — ${t('figure.participants')}`,
            value: share(d.representation.participants[group], group),
            href: dialogueLink(d.representation.dialogueId, 'representation'),
          },
        ]
      : []),
    {
      label: `${t(`figure.groups.${group}`)} — ${t('figure.peopleEngaged')}`,
      value: share(d.representation.peopleEngaged[group], group),
      href: group === 'total' || group === 'globalSouth' ? peopleLink(drill, group) : null,
    },
  ]);
  const retentionRows: FigureRow[] = d.retention.flatMap((r) => [
    {
      label: t('figures.retentionAttended', { number: r.dialogueNumber }),
      value: count(r.attended),
      href: dialogueLink(r.dialogueId, 'participants'),
    },
    { label: t('figures.retentionEngaged', { number: r.dialogueNumber }), value: count(r.engagedBeforeNext) },
    {
      label: t('figures.retentionBack', { number: r.dialogueNumber }),
      value: r.backAtNext ? count(r.backAtNext) : t('figures.notYet'),
    },
  ]);
  const collaborationsTotal = d.collaborationKinds.reduce((n, k) => n + (k.count ?? 0), 0);
  const southShare = collaborationsTotal
    ? Math.round(
        (100 *
          d.collaborationKinds
            .filter((k) => k.key === 'SOUTH_SOUTH' || k.key === 'TRIANGULAR')
            .reduce((n, k) => n + (k.count ?? 0), 0)) /
          collaborationsTotal,
      )
    : null;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Stat
          label={t('stats.activePartners')}
          value={partnersValue}
          note={
            previousValue !== null
              ? t('stats.previous', { value: previousValue, period: previousLabel })
              : null
          }
          href={organizationsLink(drill)}
        />
        <Stat label={t('stats.engagements')} value={String(engagementsTotal)} href={engagementsLink(drill)} />
        <Stat
          label={t('stats.overdue')}
          value={String(health.overdue)}
          note={t('stats.open', { count: health.open })}
        />
        <Stat
          label={t('stats.onTime')}
          value={closed ? `${Math.round((100 * health.completedOnTime) / closed)} %` : '—'}
          note={
            health.medianDaysToClose !== null && health.medianDaysToClose !== undefined
              ? t('stats.median', { days: health.medianDaysToClose })
              : null
          }
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('definitions.activePartners')} {t('definitions.suppressed', { count: d.threshold })}
      </Text>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" className="dashboard-grid">
        <FigureCard
          span
          title={t('figures.byMonth')}
          definition={t('definitions.byMonth')}
          rows={months}
          csvName="engagements-by-month"
          valueHeader={t('figure.engagements')}
        >
          {isEmpty(months) ? (
            <NoneYet />
          ) : (
            <EChart
              height={240}
              label={t('figures.byMonthSummary', { count: engagementsTotal, months: months.length })}
              option={barOption(months, false)}
            />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.byType')}
          definition={t('definitions.byType')}
          rows={types}
          csvName="engagements-by-type"
          valueHeader={t('figure.engagements')}
        >
          {isEmpty(types) ? (
            <NoneYet />
          ) : (
            <EChart
              height={Math.max(160, types.length * 28)}
              label={summary(t, t('figures.byType'), types)}
              option={barOption(types, true)}
            />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.byTheme')}
          definition={t('definitions.byTheme')}
          rows={themes}
          csvName="engagements-by-theme"
          valueHeader={t('figure.engagements')}
        >
          {isEmpty(themes) ? (
            <NoneYet />
          ) : (
            <EChart
              height={Math.max(160, themes.length * 28)}
              label={summary(t, t('figures.byTheme'), themes)}
              option={barOption(themes, true)}
            />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.byKind')}
          definition={t('definitions.byKind')}
          rows={kinds}
          csvName="engagements-by-organisation-kind"
          valueHeader={t('figure.engagements')}
        >
          {isEmpty(kinds) ? (
            <NoneYet />
          ) : (
            <EChart
              height={Math.max(160, kinds.length * 28)}
              label={summary(t, t('figures.byKind'), kinds)}
              option={barOption(kinds, true)}
            />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.pipeline')}
          definition={t('definitions.pipeline')}
          rows={[...pipeline, ...southSouth]}
          csvName="collaborations"
          valueHeader={t('figure.collaborations')}
        >
          {isEmpty(pipeline) ? (
            <NoneYet />
          ) : (
            <EChart
              height={200}
              label={summary(t, t('figures.pipeline'), pipeline)}
              option={barOption(pipeline, false)}
            />
          )}
          <Text size="sm">
            {southShare !== null
              ? t('figures.southShare', { share: southShare })
              : t('figures.noCollaborations')}
          </Text>
        </FigureCard>
        <FigureCard
          span
          title={t('figures.map')}
          definition={t('definitions.map', { count: d.threshold })}
          rows={countries}
          csvName="countries-engaged"
          valueHeader={t('figure.organisations')}
        >
          <EChart
            height={360}
            label={t('figures.mapSummary', { count: countries.length })}
            option={mapOption(d.countriesEngaged, m49Of, countryName, fewer, d.threshold)}
          />
          <Text size="sm" fw={500}>
            {t('figures.barelyReached')}
          </Text>
          <Text size="sm">
            {barely.length
              ? barely.map((r) => `${regionName(r.key)} (${value(r)})`).join(' · ')
              : t('figures.allReached')}
          </Text>
          <Text size="xs" c="dimmed" className="dashboard-no-print">
            {t('definitions.barelyReached', { count: d.threshold, subRegions: subRegions.length })}
          </Text>
        </FigureCard>
        <FigureCard
          title={t('figures.representation')}
          definition={t('definitions.representation', { count: d.threshold })}
          rows={representationRows}
          csvName="representation"
          valueHeader={t('figure.share')}
        >
          <Table fz="sm" aria-label={t('figures.representation')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('figure.group')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {d.representation.dialogueNumber !== null && d.representation.dialogueNumber !== undefined
                    ? t('figure.participantsOf', { number: d.representation.dialogueNumber })
                    : t('figure.participants')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('figure.peopleEngaged')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {REPRESENTATION_GROUPS.map((group) => (
                <Table.Tr key={group}>
                  <Table.Th scope="row" fw={400}>
                    {t(`figure.groups.${group}`)}
                  </Table.Th>
                  <Table.Td ta="end">
                    {d.representation.participants ? share(d.representation.participants[group], group) : '—'}
                  </Table.Td>
                  <Table.Td ta="end">{share(d.representation.peopleEngaged[group], group)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </FigureCard>
        <FigureCard
          title={t('figures.retention')}
          definition={t('definitions.retention')}
          rows={retentionRows}
          csvName="retention"
          valueHeader={t('figure.people')}
        >
          {d.retention.length ? (
            <Stack gap="xs">
              {d.retention.map((r) => (
                <Text size="sm" key={r.dialogueNumber}>
                  {t('figures.retentionLine', {
                    number: r.dialogueNumber,
                    attended: count(r.attended),
                    engaged: count(r.engagedBeforeNext),
                    back: r.backAtNext ? count(r.backAtNext) : t('figures.notYet'),
                  })}
                </Text>
              ))}
            </Stack>
          ) : (
            <NoneYet />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.recommendations')}
          definition={t('definitions.recommendations')}
          rows={stages}
          csvName="recommendations-by-stage"
          valueHeader={t('figure.recommendations')}
        >
          {isEmpty(stages) ? (
            <NoneYet />
          ) : (
            <EChart
              height={220}
              label={summary(t, t('figures.recommendations'), stages)}
              option={barOption(stages, true)}
            />
          )}
        </FigureCard>
        <FigureCard
          title={t('figures.followUps')}
          definition={t('definitions.followUps')}
          rows={health.byOwner.map((o) => ({
            label: o.ownerName,
            value: t('figures.ownerValue', { open: o.open, overdue: o.overdue, completed: o.completed }),
            href: followUpsLink(drill, o.ownerId),
          }))}
          csvName="follow-ups-by-owner"
          valueHeader={t('figure.followUps')}
        >
          <Table fz="sm" aria-label={t('figures.followUps')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('figure.owner')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('figure.open')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('figure.overdue')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('figure.completed')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {health.byOwner.map((o) => (
                <Table.Tr key={o.ownerId}>
                  <Table.Th scope="row" fw={400}>
                    <MaybeLink href={followUpsLink(drill, o.ownerId)}>{o.ownerName}</MaybeLink>
                  </Table.Th>
                  <Table.Td ta="end">{o.open}</Table.Td>
                  <Table.Td ta="end" c={o.overdue ? 'red.8' : undefined} fw={o.overdue ? 600 : undefined}>
                    {o.overdue}
                  </Table.Td>
                  <Table.Td ta="end">{o.completed}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </FigureCard>
        <FigureCard
          title={t('figures.coreGroup')}
          definition={t('definitions.coreGroup')}
          rows={d.coreGroupActivity.map((m) => ({
            label: m.name,
            value: t('figures.memberValue', { engagements: m.engagements, collaborations: m.collaborations }),
            href: engagementsLink(drill, { organizationId: m.organizationId }),
          }))}
          csvName="core-group-activity"
          valueHeader={t('figure.activity')}
        >
          {d.coreGroupActivity.length ? (
            <EChart
              height={Math.max(160, d.coreGroupActivity.length * 32)}
              label={t('figures.coreGroupSummary', { count: d.coreGroupActivity.length })}
              option={groupedBarOption(
                d.coreGroupActivity.map((m) => m.name),
                [
                  { name: t('figure.engagements'), values: d.coreGroupActivity.map((m) => m.engagements) },
                  {
                    name: t('figure.collaborations'),
                    values: d.coreGroupActivity.map((m) => m.collaborations),
                  },
                ],
              )}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('figures.noCoreGroup')}
            </Text>
          )}
        </FigureCard>
      </SimpleGrid>
    </Stack>
  );
}

/** A link where there is one, else the text. */
function MaybeLink({ href, children }: { href: string | null; children: ReactNode }) {
  return href ? (
    <Anchor component={Link} to={href} size="sm">
      {children}
    </Anchor>
  ) : (
    <>{children}</>
  );
}

const isEmpty = (rows: FigureRow[]) => rows.every((r) => r.value === '0');

function NoneYet() {
  const { t } = useTranslation('dashboard');
  return (
    <Text size="sm" c="dimmed">
      {t('figure.none')}
    </Text>
  );
}

/** "By type: Meeting 12, Call 4 …": what a screen reader hears for a chart (the table has it all). */
function summary(
  t: (key: 'figures.summary', options: Record<string, unknown>) => string,
  title: string,
  rows: FigureRow[],
) {
  return t('figures.summary', {
    title,
    items: rows
      .slice(0, 6)
      .map((r) => `${r.label} ${r.value}`)
      .join(', '),
  });
}

const REPRESENTATION_GROUPS = ['total', 'globalSouth', 'women', 'youth'] as const;

const UN_BLUE = '#1c5d99';

/** Category names beside bars, cut to fit the space left for them (the data table has them whole). */
const shorten = (label: string) => (label.length > 20 ? `${label.slice(0, 19)}…` : label);

function barOption(rows: FigureRow[], horizontal: boolean): EChartsCoreOption {
  const labels = rows.map((r) => r.label);
  const values = rows.map((r) => Number(r.value) || 0);
  const category = {
    type: 'category',
    data: horizontal ? [...labels].reverse() : labels,
    axisLabel: { formatter: shorten },
  };
  const amount = { type: 'value', minInterval: 1 };
  return {
    // Room for the category names beside horizontal bars.
    grid: horizontal
      ? { left: 160, right: 16, top: 8, bottom: 24 }
      : { left: 40, right: 16, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal ? amount : category,
    yAxis: horizontal ? category : amount,
    series: [
      { type: 'bar', data: horizontal ? [...values].reverse() : values, itemStyle: { color: UN_BLUE } },
    ],
  };
}

function groupedBarOption(labels: string[], series: { name: string; values: number[] }[]): EChartsCoreOption {
  return {
    grid: { left: 160, right: 16, top: 32, bottom: 24 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { formatter: shorten } },
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: [...s.values].reverse(),
      itemStyle: { color: i === 0 ? UN_BLUE : '#5b9bd5' },
    })),
  };
}

/** Countries shaded by organisations engaged; a suppressed count shows as "fewer than N", never as a number. */
function mapOption(
  countries: readonly Keyed[],
  m49Of: (iso2: string) => string | null,
  name: (iso2: string) => string,
  fewer: string,
  threshold: number,
): EChartsCoreOption {
  const data = countries.flatMap((c) => {
    const m49 = m49Of(c.key);
    return m49
      ? [
          {
            name: m49,
            value: c.suppressed ? 0 : (c.count ?? 0),
            label: name(c.key),
            suppressed: !!c.suppressed,
          },
        ]
      : [];
  });
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { label: string; value: number; suppressed: boolean } }) =>
        p.data ? `${p.data.label}: ${p.data.suppressed ? fewer : p.data.value}` : '',
    },
    visualMap: {
      type: 'piecewise',
      left: 8,
      bottom: 8,
      pieces: [
        { min: 0, max: 0, label: fewer, color: '#c6dbef' },
        { min: threshold, max: threshold * 2 - 1, color: '#6baed6' },
        { min: threshold * 2, max: threshold * 10 - 1, color: '#2171b5' },
        { min: threshold * 10, color: '#08306b' },
      ],
    },
    series: [
      {
        type: 'map',
        map: 'world',
        nameProperty: 'code',
        roam: false,
        itemStyle: { areaColor: '#eef1f4', borderColor: '#b9c2cc' },
        emphasis: { label: { show: false } },
        data,
      },
    ],
  };
}
