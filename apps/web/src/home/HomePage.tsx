import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Grid, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCircleCheck,
  IconMessages,
  IconPlus,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePalette } from '../app/palette/usePalette';
import { useCurrentUser } from '../auth/CurrentUser';
import { useCan } from '../auth/permissions';
import { useLogEngagement } from '../engagements/LogEngagementProvider';
import { addDays, daysBetween, today, useDayFormatters } from '../follow-ups/dates';
import { FollowUpGroups } from '../follow-ups/FollowUpGroups';
import type { HomePageQuery } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { usePageTitle } from '../ui/usePageTitle';
import { HomePageDocument } from './documents';

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

function Card({
  id,
  title,
  icon,
  action,
  children,
}: {
  id: string;
  title: string;
  icon: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
              {icon}
            </ThemeIcon>
            <Title order={2} id={id}>
              {title}
            </Title>
          </Group>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

type Dialogue = HomePageQuery['dialogues'][number];

/** The next Dialogue (or the one under way): the earliest that has not ended. */
function nextDialogue(dialogues: readonly Dialogue[], on: string): Dialogue | null {
  return (
    [...dialogues].filter((d) => d.endDate >= on).sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ??
    null
  );
}

function NextDialogue({ dialogues }: { dialogues: readonly Dialogue[] | undefined }) {
  const { t, i18n } = useTranslation('home');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const on = today();
  const next = dialogues ? nextDialogue(dialogues, on) : null;
  const dates = useMemo(() => {
    if (!next) return '';
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    const from = new Date(`${next.startDate}T00:00:00Z`);
    const to = new Date(`${next.endDate}T00:00:00Z`);
    return next.startDate === next.endDate ? format.format(from) : format.formatRange(from, to);
  }, [next, language]);

  let body: ReactNode;
  if (!dialogues) body = <Skeleton h={56} />;
  else if (!next)
    body = (
      <Stack gap={4}>
        <Text fw={500}>{t('dialogue.none')}</Text>
        <Text size="sm" c="dimmed">
          {t('dialogue.noneHint')}
        </Text>
      </Stack>
    );
  else {
    const days = daysBetween(on, next.startDate);
    const when =
      days > 0
        ? t('dialogue.days', { count: days })
        : days === 0
          ? t('dialogue.today')
          : t('dialogue.ongoing');
    body = (
      <Stack gap={4}>
        <Text fz={28} fw={700} lh={1.2} c="un.7">
          {when}
        </Text>
        <Text size="sm">{t('dialogue.when', { title: next.title, dates })}</Text>
        {next.venue ? (
          <Text size="sm" c="dimmed">
            {next.venue}
          </Text>
        ) : null}
        <Anchor component={Link} to={`/dialogues/${next.id}`} size="sm">
          {t('dialogue.open')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Card id="home-dialogue" title={t('dialogue.heading')} icon={<IconCalendarEvent size={18} />}>
      {body}
    </Card>
  );
}

function RecentEngagements({ recent }: { recent: HomePageQuery['recent'] | undefined }) {
  const { t } = useTranslation(['home', 'ui']);
  const days = useDayFormatters();
  const rows = recent?.edges ?? [];
  return (
    <Card
      id="home-engagements"
      title={t('engagements.heading')}
      icon={<IconMessages size={18} />}
      action={
        <Anchor component={Link} to="/engagements" size="sm">
          {t('engagements.all')}
        </Anchor>
      }
    >
      {!recent ? (
        <Skeleton h={80} />
      ) : rows.length ? (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {rows.map(({ node }) => (
            <Group
              key={node.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py={6}
              style={{ borderBlockEnd: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/engagements/${node.id}`} fw={500} truncate="end">
                  {node.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`ui:enum.EngagementType.${node.type}`)}
                </Text>
              </Stack>
              <Text size="sm" c="dimmed" component="time" dateTime={node.date} style={{ flexShrink: 0 }}>
                {days.absolute(node.date)}
              </Text>
            </Group>
          ))}
        </Stack>
      ) : (
        <Stack gap={4}>
          <Text fw={500}>{t('engagements.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('engagements.emptyHint')}
          </Text>
        </Stack>
      )}
    </Card>
  );
}

function QuickActions() {
  const { t } = useTranslation('home');
  const can = useCan();
  const logEngagement = useLogEngagement();
  const palette = usePalette();
  return (
    <Card
      id="home-actions"
      title={t('actions.heading')}
      icon={<IconArrowRight size={18} className="flip-rtl" />}
    >
      <Stack gap="xs">
        {can('engagements.log') ? (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => logEngagement.open()}
            justify="flex-start"
          >
            {t('actions.log')}
          </Button>
        ) : null}
        <Button
          variant="default"
          leftSection={<IconSearch size={16} aria-hidden />}
          onClick={palette.open}
          justify="flex-start"
        >
          {t('actions.search')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to="/organizations"
          leftSection={<IconBuildingCommunity size={16} aria-hidden />}
          justify="flex-start"
        >
          {t('actions.organizations')}
        </Button>
        {can('users.manage') ? (
          <Button
            variant="default"
            component={Link}
            to="/admin/users"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            justify="flex-start"
          >
            {t('actions.invite')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

/** "What needs me today": my overdue and due-this-week follow-ups, my recent engagements, the next Dialogue. */
export function HomePage() {
  const { t } = useTranslation('home');
  const me = useCurrentUser();
  const can = useCan();
  usePageTitle(t('title'));
  const greeting = t(`greeting.${partOfDay(new Date().getHours())}`, { name: me.displayName });
  const { data, error, refetch } = useQuery(HomePageDocument, {
    variables: {
      me: me.id,
      weekEnd: addDays(today(), 7),
      engagements: can('engagements.read'),
      first: 50,
      recentFirst: 5,
    },
  });
  const followUps = useMemo(
    () => [...(data?.overdue.edges ?? []), ...(data?.dueSoon.edges ?? [])].map((edge) => edge.node),
    [data],
  );
  const shown = followUps.length;
  const total = (data?.overdue.totalCount ?? 0) + (data?.dueSoon.totalCount ?? 0);

  return (
    <Stack gap="xl" maw={1200}>
      <Title order={1}>{greeting}</Title>
      {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card
            id="home-today"
            title={t('today')}
            icon={<IconCircleCheck size={18} />}
            action={
              <Anchor component={Link} to="/follow-ups" size="sm">
                {t('followUps.all')}
              </Anchor>
            }
          >
            {!data ? (
              <Stack gap="sm" aria-busy="true" aria-label={t('loading')}>
                <Skeleton h={56} />
                <Skeleton h={56} />
              </Stack>
            ) : shown ? (
              <Stack gap="sm">
                <FollowUpGroups followUps={followUps} groups={['overdue', 'week']} headingLevel={3} />
                {total > shown ? (
                  <Text size="sm" c="dimmed">
                    {t('followUps.more', { shown, total })}
                  </Text>
                ) : null}
              </Stack>
            ) : (
              <Stack gap={4}>
                <Text fw={500}>{t('followUps.clear')}</Text>
                <Text size="sm" c="dimmed">
                  {t('followUps.clearHint')}
                </Text>
              </Stack>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <NextDialogue dialogues={data?.dialogues} />
            <QuickActions />
          </Stack>
        </Grid.Col>
        {can('engagements.read') ? (
          <Grid.Col span={12}>
            <RecentEngagements recent={data?.recent} />
          </Grid.Col>
        ) : null}
      </Grid>
    </Stack>
  );
}
