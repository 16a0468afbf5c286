import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../gql/graphql';
import { Withheld } from '../../ui/protection/Withheld';
import { useDayFormat } from './format';

export interface FollowUpItem {
  id: string;
  title?: string | null;
  dueDate: string;
  status: FollowUpStatus;
  overdue: boolean;
  withheld: readonly string[];
  owner: { id: string; displayName: string };
}

/** The record's live follow-ups, soonest due first; overdue ones say so in words. */
export function FollowUpsList({ items, emptyText }: { items: readonly FollowUpItem[]; emptyText: string }) {
  const { t } = useTranslation(['collaborations', 'ui']);
  const day = useDayFormat();
  if (!items.length) {
    return (
      <Text c="dimmed" size="sm">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Group key={item.id} component="li" gap="sm" wrap="wrap" justify="space-between">
          <Stack gap={0}>
            {item.withheld.includes('title') ? (
              <Withheld compact />
            ) : (
              <Text size="sm" fw={500}>
                {item.title ?? t('collaborations:followUps.untitled')}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('collaborations:followUps.line', { owner: item.owner.displayName, date: day(item.dueDate) })}
            </Text>
          </Stack>
          <Group gap={4}>
            {item.overdue ? (
              <Badge color="red" variant="light">
                {t('collaborations:followUps.overdue')}
              </Badge>
            ) : null}
            <Badge variant="default">{t(`ui:enum.FollowUpStatus.${item.status}`)}</Badge>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
