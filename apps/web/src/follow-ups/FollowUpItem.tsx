import { ActionIcon, Anchor, Badge, Box, Group, Menu, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCalendarTime,
  IconCheck,
  IconDots,
  IconFlag,
  IconHistory,
  IconUserShare,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Withheld } from '../ui/protection/Withheld';
import { useDayFormatters } from './dates';
import type { FollowUpRow } from './useFollowUpActions';

export type FollowUpItemAction = 'complete' | 'reopen' | 'reassign' | 'changeDue' | 'history';

export interface FollowUpItemProps {
  followUp: FollowUpRow;
  /** Offer the actions (the user may change follow-ups, and this one is not withheld from them). */
  editable: boolean;
  /** Show the owner's name (everyone's view). */
  showOwner?: boolean;
  /** Show an "Overdue" badge (where the group heading does not already say so). */
  showOverdue?: boolean;
  onAction: (action: FollowUpItemAction, followUp: FollowUpRow) => void;
}

/** What the follow-up is about, as a link to it; withheld when the API withheld it from this user. */
function Subject({ followUp }: { followUp: FollowUpRow }) {
  const { t } = useTranslation('ui');
  let target: { to: string; name: string | null | undefined; withheld: boolean } | null = null;
  switch (followUp.subjectType) {
    case 'ENGAGEMENT':
      target = followUp.engagement
        ? { to: `/engagements/${followUp.engagement.id}`, name: followUp.engagement.title, withheld: false }
        : null;
      break;
    case 'ORGANIZATION':
      target = followUp.organization
        ? {
            to: `/organizations/${followUp.organization.id}`,
            name: followUp.organization.name,
            withheld: followUp.organization.withheld.includes('name') || !followUp.organization.name,
          }
        : null;
      break;
    case 'COLLABORATION':
      target = followUp.collaboration
        ? {
            to: `/collaborations/${followUp.collaboration.id}`,
            name: followUp.collaboration.title,
            withheld: false,
          }
        : null;
      break;
    case 'RECOMMENDATION':
      target = followUp.recommendation
        ? {
            to: `/recommendations/${followUp.recommendation.id}`,
            name: followUp.recommendation.title,
            withheld: false,
          }
        : null;
      break;
  }
  const kind = t(`enum.FollowUpSubjectType.${followUp.subjectType}`);
  return (
    <Group component="span" gap={4} wrap="nowrap" miw={0}>
      <Text component="span" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {kind}:
      </Text>
      {target && !target.withheld && target.name ? (
        <Anchor component={Link} to={target.to} size="sm" truncate="end">
          {target.name}
        </Anchor>
      ) : (
        <Withheld compact />
      )}
    </Group>
  );
}

function Due({ followUp, showOverdue }: { followUp: FollowUpRow; showOverdue: boolean }) {
  const { t } = useTranslation('followUps');
  const days = useDayFormatters();
  const done = followUp.status === 'DONE' || followUp.status === 'CANCELLED';
  if (done && followUp.completedAt) {
    const day = followUp.completedAt.slice(0, 10);
    return (
      <Text size="sm" c="dimmed">
        {t('row.completedOn', { date: days.absolute(day) })}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap" style={{ whiteSpace: 'nowrap' }}>
      {showOverdue && followUp.overdue ? (
        <Badge color="red" variant="light" leftSection={<IconFlag size={12} aria-hidden />}>
          {t('groups.overdue')}
        </Badge>
      ) : null}
      <Text size="sm" c={followUp.overdue ? 'red.8' : undefined} fw={followUp.overdue ? 600 : undefined}>
        {t('row.due', { relative: days.relative(followUp.dueDate) })}
      </Text>
      <Text size="sm" c="dimmed" component="time" dateTime={followUp.dueDate}>
        {days.absolute(followUp.dueDate)}
      </Text>
    </Group>
  );
}

/** One follow-up: complete it at the start, what and about what, when it is due, and the other actions. */
export function FollowUpItem({
  followUp,
  editable,
  showOwner = false,
  showOverdue = false,
  onAction,
}: FollowUpItemProps) {
  const { t } = useTranslation(['followUps', 'ui']);
  const withheldTitle = followUp.title === null || followUp.title === undefined;
  const title = followUp.title ?? '';
  const done = followUp.status === 'DONE' || followUp.status === 'CANCELLED';
  const canAct = editable && !withheldTitle;

  let start: ReactNode;
  if (done) {
    start = (
      <ThemeIcon color="green" variant="light" radius="xl" size={28} aria-hidden>
        <IconCheck size={16} />
      </ThemeIcon>
    );
  } else if (canAct) {
    const label = t('row.complete', { title });
    start = (
      <Tooltip label={label}>
        <ActionIcon
          variant="default"
          radius="xl"
          size={28}
          aria-label={label}
          onClick={() => onAction('complete', followUp)}
        >
          <IconCheck size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    );
  } else {
    start = <Box w={28} aria-hidden />;
  }

  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      px="md"
      py="sm"
      data-follow-up={followUp.id}
      style={{ borderBlockStart: '1px solid var(--mantine-color-gray-2)' }}
    >
      {start}
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text
            fw={600}
            td={done ? 'line-through' : undefined}
            c={done ? 'dimmed' : undefined}
            style={{ minWidth: 0 }}
          >
            {withheldTitle ? <Withheld compact /> : title}
          </Text>
          <Group gap="xs" wrap="nowrap">
            {followUp.priority !== 'NORMAL' ? (
              <Badge
                variant={followUp.priority === 'HIGH' ? 'light' : 'outline'}
                color={followUp.priority === 'HIGH' ? 'orange' : 'gray'}
              >
                {t('row.priority', { priority: t(`ui:enum.FollowUpPriority.${followUp.priority}`) })}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
          <Due followUp={followUp} showOverdue={showOverdue} />
          <Subject followUp={followUp} />
          {showOwner ? (
            <Text size="sm" c="dimmed">
              {t('row.owner')}: {followUp.owner.displayName}
            </Text>
          ) : null}
        </Group>
      </Stack>
      {!withheldTitle ? (
        <Menu position="bottom-end" width={220}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('row.more', { title })}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {canAct && done ? (
              <Menu.Item
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={() => onAction('reopen', followUp)}
              >
                {t('row.reopen')}
              </Menu.Item>
            ) : null}
            {canAct && !done ? (
              <>
                <Menu.Item
                  leftSection={<IconCalendarTime size={16} aria-hidden />}
                  onClick={() => onAction('changeDue', followUp)}
                >
                  {t('row.changeDue')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconUserShare size={16} aria-hidden />}
                  onClick={() => onAction('reassign', followUp)}
                >
                  {t('row.reassign')}
                </Menu.Item>
              </>
            ) : null}
            <Menu.Item
              leftSection={<IconHistory size={16} aria-hidden />}
              onClick={() => onAction('history', followUp)}
            >
              {t('row.history')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Group>
  );
}
