import { Stack, Table, Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { Withheld } from '../../ui/protection/Withheld';

/** The API gives each value as JSON text: show it as words (lists joined, nothing as a dash). */
export function historyValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  if (parsed === null || parsed === '') return '—';
  if (Array.isArray(parsed))
    return parsed.length ? parsed.map((item) => historyValue(JSON.stringify(item))).join(', ') : '—';
  if (typeof parsed === 'object') return JSON.stringify(parsed);
  return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
}

export interface HistoryItem {
  id: string;
  action: string;
  actorName?: string | null;
  at: string;
  changes: readonly { field: string; before?: string | null; after?: string | null; withheld: boolean }[];
}

/**
 * A record's changes, newest first: who, when, what (each field before → after; withheld values as withheld).
 * Stands in for ui/history/RecordHistory until that shared component exists.
 */
export function HistoryList({ entries, total }: { entries: readonly HistoryItem[]; total: number }) {
  const { t } = useTranslation('collaborations');
  const { dateTime } = useFormatters();
  if (!entries.length) {
    return (
      <Text c="dimmed" size="sm">
        {t('history.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Timeline bulletSize={20} lineWidth={2}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.id}
            bullet={<IconHistory size={12} aria-hidden />}
            title={t('history.entry', {
              who: entry.actorName ?? t('history.system'),
              action: t(`history.actions.${entry.action}`, { defaultValue: entry.action }),
            })}
          >
            <Text size="xs" c="dimmed">
              {dateTime(entry.at)}
            </Text>
            {entry.changes.length ? (
              <Table.ScrollContainer minWidth={360}>
                <Table fz="sm" verticalSpacing={4} mt={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('history.field')}</Table.Th>
                      <Table.Th>{t('history.before')}</Table.Th>
                      <Table.Th>{t('history.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entry.changes.map((change) => (
                      <Table.Tr key={change.field}>
                        <Table.Td>{change.field}</Table.Td>
                        <Table.Td>
                          {change.withheld ? <Withheld compact /> : historyValue(change.before)}
                        </Table.Td>
                        <Table.Td>
                          {change.withheld ? <Withheld compact /> : historyValue(change.after)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
      {total > entries.length ? (
        <Text size="sm" c="dimmed">
          {t('history.more', { count: total - entries.length })}
        </Text>
      ) : null}
    </Stack>
  );
}
