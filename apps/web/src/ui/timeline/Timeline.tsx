import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconCalendarEvent,
  IconChecklist,
  IconHistory,
  IconMessages,
  IconUsersGroup,
  type Icon as TablerIcon,
} from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Timeline_CycleFragment, Timeline_ItemFragment, TimelineItemKind } from '../../gql/graphql';
import { ErrorAlert } from '../ErrorAlert';
import { HistoryChanges } from '../history/RecordHistory';
import { Withheld } from '../protection/Withheld';

export { TimelineCycleFragment, TimelineItemFragment } from './timelineDocuments';

/** Which part of the record's life the timeline shows: since the last Dialogue, one earlier cycle, or all. */
export type TimelinePeriod = 'current' | 'all' | number;

const PERIOD_PARAM = 'period';

/** The period, kept in the URL (`?period=2`, `?period=all`; nothing for "since the last Dialogue"). */
export function useTimelinePeriod(): [TimelinePeriod, (period: TimelinePeriod) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(PERIOD_PARAM);
  const period: TimelinePeriod =
    raw === 'all' ? 'all' : raw !== null && /^\d+$/.test(raw) ? Number(raw) : 'current';
  const setPeriod = (next: TimelinePeriod) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'current') updated.delete(PERIOD_PARAM);
        else updated.set(PERIOD_PARAM, String(next));
        return updated;
      },
      { replace: true },
    );
  return [period, setPeriod];
}

/** The `timeline(...)` arguments for a period. */
export function timelineVariables(period: TimelinePeriod): { sinceLastDialogue?: boolean; cycle?: number } {
  if (period === 'current') return { sinceLastDialogue: true };
  if (period === 'all') return {};
  return { cycle: period };
}

export interface TimelineConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Timeline_ItemFragment }[];
}

export interface TimelineProps {
  /** The record's `timeline`; undefined while it loads. */
  timeline: TimelineConnection | null | undefined;
  /** The Dialogue cycles (`dialogueCycles`) and the current one's number (`currentCycle.number`). */
  cycles: readonly Timeline_CycleFragment[];
  currentCycle: number | null | undefined;
  period: TimelinePeriod;
  onPeriodChange: (period: TimelinePeriod) => void;
  /** Fetches the next page (the caller's fetchMore). */
  onShowMore?: () => Promise<unknown>;
  /** Field names for changes. */
  fieldLabel?: (field: string) => string | undefined;
  /** The one action that fills an empty timeline (Log engagement, say). */
  emptyAction?: ReactNode;
  error?: unknown;
}

const KIND_LOOK: Record<TimelineItemKind, { Icon: TablerIcon; color: string }> = {
  ENGAGEMENT: { Icon: IconMessages, color: 'blue' },
  FOLLOW_UP: { Icon: IconChecklist, color: 'grape' },
  DIALOGUE_PARTICIPATION: { Icon: IconCalendarEvent, color: 'teal' },
  COLLABORATION: { Icon: IconUsersGroup, color: 'indigo' },
  CHANGE: { Icon: IconHistory, color: 'gray' },
};

function itemKey(item: Timeline_ItemFragment, index: number): string {
  const id =
    item.engagement?.id ??
    item.followUp?.id ??
    item.participation?.id ??
    item.collaboration?.id ??
    item.change?.id ??
    String(index);
  return `${item.kind}:${id}`;
}

/** A day (YYYY-MM-DD) read as such, whatever the user's time zone. */
const asDay = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);

/**
 * A record's timeline: engagements, follow-ups, Dialogues, collaborations and changes, newest first, grouped
 * by month, each one line that expands. "Since the last Dialogue" by default; earlier cycles one click away.
 */
export function Timeline({
  timeline,
  cycles,
  currentCycle,
  period,
  onPeriodChange,
  onShowMore,
  fieldLabel,
  emptyAction,
  error,
}: TimelineProps) {
  const { t, i18n } = useTranslation('ui');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const formats = useMemo(
    () => ({
      month: new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
    }),
    [language],
  );
  const day = (value: string) => formats.day.format(asDay(value));

  const periodLabel = (cycle: Timeline_CycleFragment): string => {
    if (cycle.number === currentCycle) return t('timeline.current');
    if (cycle.number === 0) return t('timeline.beforeFirst');
    return cycle.from && cycle.to
      ? t('timeline.cycle', { number: cycle.number, from: day(cycle.from), to: day(cycle.to) })
      : t('timeline.cycleOpen', { number: cycle.number, from: cycle.from ? day(cycle.from) : '' });
  };

  // Newest first: the current cycle, then earlier ones, then everything.
  const choices = [...cycles]
    .filter((cycle) => currentCycle === null || currentCycle === undefined || cycle.number <= currentCycle)
    .sort((a, b) => b.number - a.number)
    .map((cycle) => ({
      value: cycle.number === currentCycle ? 'current' : String(cycle.number),
      label: periodLabel(cycle),
    }));
  if (!choices.some((choice) => choice.value === 'current'))
    choices.unshift({ value: 'current', label: t('timeline.current') });
  choices.push({ value: 'all', label: t('timeline.all') });

  const groups = useMemo(() => {
    const byMonth = new Map<string, { item: Timeline_ItemFragment; key: string }[]>();
    (timeline?.edges ?? []).forEach(({ node }, index) => {
      const month = node.date.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push({ item: node, key: itemKey(node, index) });
      byMonth.set(month, list);
    });
    return [...byMonth];
  }, [timeline]);

  const showMore = async () => {
    if (!onShowMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await onShowMore();
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  const line = (item: Timeline_ItemFragment): ReactNode => {
    switch (item.kind) {
      case 'ENGAGEMENT':
        return item.engagement
          ? t('timeline.engagement', {
              type: t(`enum.EngagementType.${item.engagement.type}`),
              title: item.engagement.title,
            })
          : t('timeline.withheldItem');
      case 'FOLLOW_UP': {
        const followUp = item.followUp;
        if (!followUp) return t('timeline.withheldItem');
        if (followUp.title === null || followUp.withheld.includes('title'))
          return (
            <>
              {t('timeline.followUp', { title: '' })} <Withheld compact />
            </>
          );
        return t('timeline.followUp', { title: followUp.title });
      }
      case 'DIALOGUE_PARTICIPATION': {
        const participation = item.participation;
        if (!participation) return t('timeline.withheldItem');
        const role = t(`enum.ParticipationRole.${participation.role}`);
        const dialogue = participation.dialogue.title;
        return t('timeline.participation', { dialogue, role });
      }
      case 'COLLABORATION':
        return item.collaboration
          ? t('timeline.collaboration', { title: item.collaboration.title })
          : t('timeline.withheldItem');
      case 'CHANGE': {
        const change = item.change;
        if (!change) return t('timeline.withheldItem');
        const action = (['CREATE', 'UPDATE', 'DELETE', 'RESTORE'] as const).find((a) => a === change.action);
        return t(`history.action.${action ?? 'UPDATE'}`, { name: change.actorName ?? t('history.someone') });
      }
    }
  };

  const details = (item: Timeline_ItemFragment): ReactNode => {
    if (item.engagement) {
      const e = item.engagement;
      return (
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {[day(e.date), e.place, t(`enum.EngagementType.${e.type}`)].filter(Boolean).join(' · ')}
          </Text>
          {e.summary ? <Text size="sm">{e.summary}</Text> : null}
          {e.outcome ? <Text size="sm">{e.outcome}</Text> : null}
          <div>
            <Anchor component={Link} to={`/engagements/${e.id}`} size="sm">
              {t('timeline.open')}
            </Anchor>
          </div>
        </Stack>
      );
    }
    if (item.followUp) {
      const f = item.followUp;
      return (
        <Stack gap={6}>
          <Text size="sm">
            {t('timeline.followUpDue', { date: day(f.dueDate), owner: f.owner.displayName })}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {t(`enum.FollowUpStatus.${f.status}`)}
            </Badge>
            <Badge variant="light" color="gray">
              {t(`enum.FollowUpPriority.${f.priority}`)}
            </Badge>
          </Group>
          {f.withheld.includes('description') ? (
            <Withheld />
          ) : f.description ? (
            <Text size="sm">{f.description}</Text>
          ) : null}
        </Stack>
      );
    }
    if (item.participation) {
      const p = item.participation;
      return (
        <Stack gap={6}>
          <Text size="sm">
            {p.person.withheld.includes('fullName') || !p.person.fullName ? (
              <Withheld compact />
            ) : (
              <Anchor component={Link} to={`/people/${p.person.id}`} size="sm">
                {p.person.fullName}
              </Anchor>
            )}
            {p.organization ? (
              <>
                {' · '}
                {p.organization.withheld.includes('name') || !p.organization.name ? (
                  <Withheld compact />
                ) : (
                  p.organization.name
                )}
              </>
            ) : null}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {t(`enum.ParticipationRole.${p.role}`)}
            </Badge>
            <Badge variant="light" color="gray">
              {t(`enum.ParticipationStatus.${p.status}`)}
            </Badge>
          </Group>
          <div>
            <Anchor component={Link} to={`/dialogues/${p.dialogue.id}`} size="sm">
              {t('timeline.open')}
            </Anchor>
          </div>
        </Stack>
      );
    }
    if (item.collaboration) {
      const c = item.collaboration;
      return (
        <Stack gap={6}>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {t(`enum.CollaborationStatus.${c.status}`)}
            </Badge>
            {c.startDate ? (
              <Text size="sm" c="dimmed">
                {c.endDate ? `${day(c.startDate)} – ${day(c.endDate)}` : day(c.startDate)}
              </Text>
            ) : null}
          </Group>
          {c.description ? <Text size="sm">{c.description}</Text> : null}
          <div>
            <Anchor component={Link} to={`/collaborations/${c.id}`} size="sm">
              {t('timeline.open')}
            </Anchor>
          </div>
        </Stack>
      );
    }
    if (item.change) return <HistoryChanges entry={item.change} fieldLabel={fieldLabel} />;
    return <Withheld />;
  };

  const current = period === 'current' ? 'current' : String(period);

  return (
    <Stack gap="md">
      <Chip.Group multiple={false} value={current} onChange={(value) => onPeriodChange(toPeriod(value))}>
        <Group gap="xs" wrap="wrap" role="radiogroup" aria-label={t('timeline.period')}>
          {choices.map((choice) => (
            <Chip key={choice.value} value={choice.value} type="radio" size="sm" variant="outline">
              {choice.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>

      {error ? <ErrorAlert error={error} /> : null}

      {timeline === undefined ? (
        <Stack gap="xs" aria-busy>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={40} radius="sm" />
          ))}
        </Stack>
      ) : timeline === null ? (
        <Withheld />
      ) : timeline.edges.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{t('timeline.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('timeline.emptyHint')}
            </Text>
            {emptyAction}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="lg" data-testid="timeline">
          {groups.map(([month, items]) => (
            <section key={month} aria-label={formats.month.format(asDay(`${month}-01`))}>
              <Title order={3} size="sm" c="dimmed" tt="uppercase" mb={6}>
                {formats.month.format(asDay(`${month}-01`))}
              </Title>
              <Accordion multiple variant="contained" radius="md" chevronPosition="right">
                {items.map(({ item, key }) => {
                  const look = KIND_LOOK[item.kind];
                  return (
                    <Accordion.Item key={key} value={key} data-kind={item.kind}>
                      <Accordion.Control
                        icon={
                          <ThemeIcon size={26} radius="xl" variant="light" color={look.color}>
                            <look.Icon size={15} aria-hidden />
                          </ThemeIcon>
                        }
                      >
                        <Group gap="xs" wrap="nowrap" justify="space-between">
                          <Text size="sm" lineClamp={2} style={{ minWidth: 0 }}>
                            {line(item)}
                          </Text>
                          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                            {item.followUp?.overdue ? (
                              <Badge size="xs" color="red.8" variant="light">
                                {t('timeline.overdue')}
                              </Badge>
                            ) : null}
                            <Text component="time" dateTime={item.date} size="xs" c="dimmed">
                              {day(item.date)}
                            </Text>
                          </Group>
                        </Group>
                      </Accordion.Control>
                      <Accordion.Panel>{details(item)}</Accordion.Panel>
                    </Accordion.Item>
                  );
                })}
              </Accordion>
            </section>
          ))}
        </Stack>
      )}

      {timeline?.pageInfo.hasNextPage && onShowMore ? (
        <Group gap="md">
          <Button variant="default" size="xs" loading={loadingMore} onClick={() => void showMore()}>
            {t('timeline.showMore')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('timeline.count', { count: timeline.totalCount })}
          </Text>
        </Group>
      ) : null}
      {moreError ? <ErrorAlert error={moreError} next={t('timeline.loadFailed')} /> : null}
    </Stack>
  );
}

function toPeriod(value: string | null): TimelinePeriod {
  if (value === 'all') return 'all';
  if (value !== null && /^\d+$/.test(value)) return Number(value);
  return 'current';
}
