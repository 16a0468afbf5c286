import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { Fragment, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DashboardFilter, DashboardNetworkQuery } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DashboardNetworkDocument, DashboardPathDocument } from './documents';
import { EChart } from './EChart';
import { FigureCard } from './FigureCard';

/** How many organisations the view draws (the most active). */
export const NETWORK_SIZE = 60;

type Network = DashboardNetworkQuery['partnershipDashboard']['network'];

const KIND_COLORS: Record<string, string> = {
  CSO: '#1c5d99',
  CSO_NETWORK: '#0b8a8a',
  INTERNATIONAL_NGO: '#6a51a3',
  UN_ENTITY: '#009edb',
  MEMBER_STATE: '#b35806',
  OBSERVER_STATE: '#b35806',
  REGIONAL_ORGANIZATION: '#8c6d31',
  ACADEMIC: '#7b4173',
  FOUNDATION_DONOR: '#31a354',
  OTHER: '#636363',
};

/**
 * Who works with whom: the most active organisations of the period, linked by engagements, collaborations and
 * membership, sized by what they share; two organisations chosen show the shortest chain between them.
 */
export function NetworkView({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation(['dashboard', 'ui']);
  const { data, error, refetch } = useQuery(DashboardNetworkDocument, {
    variables: { filter, first: NETWORK_SIZE },
  });
  const network = data?.partnershipDashboard.network;
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const path = useQuery(DashboardPathDocument, {
    variables: { filter, fromId: fromId ?? '', toId: toId ?? '' },
    skip: !fromId || !toId || fromId === toId,
  });
  const chain = path.data?.partnershipDashboard.networkPath;

  const navigate = useNavigate();
  // A node opens its organisation (the graph only has those the viewer is cleared for).
  const openOrganization = useCallback(
    (item: unknown) => {
      const id = (item as { id?: string } | undefined)?.id;
      if (id) void navigate(`/organizations/${id}`);
    },
    [navigate],
  );
  const names = useMemo(() => new Map((network?.nodes ?? []).map((n) => [n.id, n.name])), [network]);
  const linkText = (l: { engagements: number; collaborations: number; member: boolean }) =>
    [
      l.engagements ? t('network.engagements', { count: l.engagements }) : null,
      l.collaborations ? t('network.collaborations', { count: l.collaborations }) : null,
      l.member ? t('network.member') : null,
    ]
      .filter(Boolean)
      .join(', ');
  const rows = (network?.links ?? []).map((l) => ({
    label: `${names.get(l.sourceId) ?? ''} — ${names.get(l.targetId) ?? ''}`,
    value: linkText(l),
  }));
  const options = (network?.nodes ?? []).map((n) => ({ value: n.id, label: n.name }));

  return (
    <FigureCard
      span
      title={t('network.title')}
      definition={t('network.definition', { count: NETWORK_SIZE })}
      rows={rows}
      csvName="partnership-network"
      valueHeader={t('network.shared')}
    >
      {error && !network ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!network && !error ? <Skeleton height={420} /> : null}
      {network?.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('figure.none')}
        </Text>
      ) : null}
      {network && network.nodes.length > 0 ? (
        <>
          <EChart
            height={440}
            label={t('network.summary', { shown: network.nodes.length, count: network.organizations })}
            option={graphOption(network, chain?.nodes.map((n) => n.id) ?? [], (kind) =>
              t(`ui:enum.OrganizationKind.${kind}` as 'ui:enum.OrganizationKind.CSO'),
            )}
            onItemClick={openOrganization}
          />
          <Text size="xs" c="dimmed" className="dashboard-no-print">
            {t('network.clickHint')}
          </Text>
          <Stack gap="xs" className="dashboard-no-print">
            <Text size="sm" fw={500}>
              {t('network.pathTitle')}
            </Text>
            <Group gap="sm" wrap="wrap" align="flex-end">
              <Select
                label={t('network.from')}
                data={options}
                value={fromId}
                onChange={setFromId}
                searchable
                clearable
                w={{ base: '100%', sm: 260 }}
              />
              <Select
                label={t('network.to')}
                data={options}
                value={toId}
                onChange={setToId}
                searchable
                clearable
                w={{ base: '100%', sm: 260 }}
              />
            </Group>
            {fromId && toId && !path.loading ? (
              <Text size="sm" aria-live="polite">
                {chain
                  ? chain.nodes.map((n, i) => (
                      <Fragment key={n.id}>
                        {i === 0 ? null : ` → (${linkText(chain.links[i - 1])}) → `}
                        <Anchor component={Link} to={`/organizations/${n.id}`} inherit>
                          {n.name}
                        </Anchor>
                      </Fragment>
                    ))
                  : t('network.noPath')}
              </Text>
            ) : null}
          </Stack>
        </>
      ) : null}
    </FigureCard>
  );
}

function graphOption(
  network: Network,
  highlighted: string[],
  kindLabel: (kind: string) => string,
): EChartsCoreOption {
  const max = Math.max(1, ...network.nodes.map((n) => n.activity));
  const onPath = new Set(highlighted);
  const kinds = [...new Set(network.nodes.map((n) => n.kind))];
  return {
    tooltip: {},
    legend: { data: kinds.map(kindLabel), top: 0 },
    series: [
      {
        type: 'graph',
        layout: 'force',
        force: { repulsion: 140, edgeLength: [40, 140], gravity: 0.08 },
        roam: true,
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: { data: { label: string } }) => p.data.label,
        },
        categories: kinds.map((kind) => ({
          name: kindLabel(kind),
          itemStyle: { color: KIND_COLORS[kind] ?? '#636363' },
        })),
        data: network.nodes.map((n) => ({
          id: n.id,
          name: n.id,
          label: n.name.length > 22 ? `${n.name.slice(0, 21)}…` : n.name,
          value: n.activity,
          category: kinds.indexOf(n.kind),
          symbolSize: 8 + 28 * Math.sqrt(n.activity / max),
          itemStyle: onPath.size && !onPath.has(n.id) ? { opacity: 0.3 } : undefined,
          tooltip: { formatter: `${n.name}: ${n.activity}` },
        })),
        links: network.links.map((l) => {
          const both = onPath.has(l.sourceId) && onPath.has(l.targetId);
          return {
            source: l.sourceId,
            target: l.targetId,
            lineStyle: {
              width: both ? 4 : 1 + Math.min(4, l.engagements + l.collaborations) / 2,
              color: both ? '#d7191c' : l.member ? '#0b8a8a' : '#9aa5b1',
              type: l.member && !l.engagements && !l.collaborations ? 'dashed' : 'solid',
              opacity: onPath.size && !both ? 0.25 : 0.8,
            },
          };
        }),
      },
    ],
  };
}
