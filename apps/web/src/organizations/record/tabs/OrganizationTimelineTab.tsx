import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrganizationTimelineQueryVariables, Timeline_CycleFragment } from '../../../gql/graphql';
import {
  Timeline,
  timelineVariables,
  useTimelinePeriod,
  type TimelineConnection,
} from '../../../ui/timeline';
import { usePagedTimeline } from '../common/usePagedTimeline';
import { OrganizationTimelineDocument } from '../organizationDocuments';
import { useOrganizationFieldLabel } from './organizationFields';

const PAGE = 30;

/** The default tab: the page's query brought "since the last Dialogue"; other periods load when chosen. */
export function OrganizationTimelineTab({
  id,
  defaultTimeline,
  cycles,
  currentCycle,
  onLogEngagement,
}: {
  id: string;
  defaultTimeline: TimelineConnection | null | undefined;
  cycles: readonly Timeline_CycleFragment[];
  currentCycle: number;
  onLogEngagement?: () => void;
}) {
  const { t } = useTranslation('organizations');
  const client = useApolloClient();
  const fieldLabel = useOrganizationFieldLabel();
  const [period, setPeriod] = useTimelinePeriod();
  const variables: OrganizationTimelineQueryVariables = { id, first: PAGE, ...timelineVariables(period) };
  const other = useQuery(OrganizationTimelineDocument, { variables, skip: period === 'current' });
  const first = period === 'current' ? defaultTimeline : other.data?.organization.timeline;
  const { timeline, showMore } = usePagedTimeline(first, String(period), async (after) => {
    const result = await client.query({
      query: OrganizationTimelineDocument,
      variables: { ...variables, after },
    });
    return result.data?.organization.timeline;
  });

  return (
    <Timeline
      timeline={timeline}
      cycles={cycles}
      currentCycle={currentCycle}
      period={period}
      onPeriodChange={setPeriod}
      onShowMore={showMore}
      fieldLabel={fieldLabel}
      error={other.error}
      emptyAction={
        onLogEngagement ? (
          <Button size="xs" leftSection={<IconMessagePlus size={14} aria-hidden />} onClick={onLogEngagement}>
            {t('record.logEngagement')}
          </Button>
        ) : null
      }
    />
  );
}
