import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonTimelineQueryVariables, Timeline_CycleFragment } from '../../../gql/graphql';
import {
  Timeline,
  timelineVariables,
  useTimelinePeriod,
  type TimelineConnection,
} from '../../../ui/timeline';
import { usePagedTimeline } from '../../../organizations/record/common/usePagedTimeline';
import { PersonTimelineDocument } from '../personDocuments';
import { usePersonFieldLabel } from './personFields';

const PAGE = 30;

/** The default tab: the page's query brought "since the last Dialogue"; other periods load when chosen. */
export function PersonTimelineTab({
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
  const fieldLabel = usePersonFieldLabel();
  const [period, setPeriod] = useTimelinePeriod();
  const variables: PersonTimelineQueryVariables = { id, first: PAGE, ...timelineVariables(period) };
  const other = useQuery(PersonTimelineDocument, { variables, skip: period === 'current' });
  const first = period === 'current' ? defaultTimeline : other.data?.person.timeline;
  const { timeline, showMore } = usePagedTimeline(first, String(period), async (after) => {
    const result = await client.query({
      query: PersonTimelineDocument,
      variables: { ...variables, after },
    });
    return result.data?.person.timeline;
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
