import {
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  useDirection,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowRight,
  IconEraser,
  IconGitMerge,
  IconPencil,
  IconPlus,
  IconTrash,
  type Icon as TablerIcon,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordHistory_EntryFragment } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { ErrorAlert } from '../ErrorAlert';
import { Withheld } from '../protection/Withheld';

export { RecordHistoryEntryFragment } from './historyDocuments';

/** What RecordHistory needs of a record's `history` connection. */
export interface RecordHistoryConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: RecordHistory_EntryFragment }[];
}

export interface RecordHistoryProps {
  /** The record's `history`; undefined while it loads. */
  history: RecordHistoryConnection | null | undefined;
  /** A field's name for people ("countryCode" → "Country"); by default the name itself, spaced out. */
  fieldLabel?: (field: string) => string | undefined;
  /** A value for people (an enum label, a country name …); by default as the API recorded it. */
  formatValue?: (field: string, value: string) => ReactNode;
  /** Fetches the next page (the caller's fetchMore); the button shows while `pageInfo.hasNextPage`. */
  onShowMore?: () => Promise<unknown>;
}

const ICONS: Record<string, { Icon: TablerIcon; color: string }> = {
  CREATE: { Icon: IconPlus, color: 'green' },
  UPDATE: { Icon: IconPencil, color: 'blue' },
  DELETE: { Icon: IconTrash, color: 'red' },
  RESTORE: { Icon: IconArrowBackUp, color: 'teal' },
  MERGE: { Icon: IconGitMerge, color: 'grape' },
  UNMERGE: { Icon: IconArrowBackUp, color: 'grape' },
  NOT_DUPLICATE: { Icon: IconPencil, color: 'gray' },
  ERASED: { Icon: IconEraser, color: 'red' },
};

/** "countryCode" → "Country code": the fallback when the caller has no label for a field. */
export function humanizeField(field: string): string {
  const spaced = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The fields one history entry changed: "Name: before → after" (withheld values as withheld). */
export function HistoryChanges({
  entry,
  fieldLabel,
  formatValue,
}: {
  entry: RecordHistory_EntryFragment;
  fieldLabel?: (field: string) => string | undefined;
  formatValue?: (field: string, value: string) => ReactNode;
}) {
  const { t } = useTranslation('ui');
  const { dir } = useDirection();
  const label = (field: string) => fieldLabel?.(field) ?? humanizeField(field);
  const value = (field: string, raw: string | null | undefined) =>
    raw === null || raw === undefined || raw === '' || raw === 'null' || raw === '""' ? (
      <Text component="span" size="sm" c="dimmed" fs="italic">
        {t('history.emptyValue')}
      </Text>
    ) : (
      <Text component="span" size="sm" style={{ overflowWrap: 'anywhere' }}>
        {formatValue ? formatValue(field, raw) : raw}
      </Text>
    );
  if (entry.changes.length === 0) return null;
  return (
    <Paper withBorder p="xs" mt={4} radius="sm">
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {entry.changes.map((change) => (
          <Group key={change.field} component="li" gap={6} wrap="wrap" align="baseline">
            <Text component="span" size="sm" fw={500}>
              {label(change.field)}
            </Text>
            {change.withheld ? (
              <Withheld compact />
            ) : (
              <>
                {entry.action === 'UPDATE' ? (
                  <>
                    <VisuallyHidden>{t('history.from')}</VisuallyHidden>
                    <Text component="del" size="sm" c="dimmed">
                      {value(change.field, change.before)}
                    </Text>
                    <IconArrowRight
                      size={14}
                      aria-hidden
                      style={{
                        flexShrink: 0,
                        transform: dir === 'rtl' ? 'scaleX(-1)' : undefined,
                      }}
                    />
                    <VisuallyHidden>{t('history.to')}</VisuallyHidden>
                  </>
                ) : null}
                <Text component="ins" size="sm" style={{ textDecoration: 'none' }}>
                  {value(change.field, change.after)}
                </Text>
              </>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * A record's change history, newest first: who, when, and what changed from what to what. Creating, moving to
 * the trash and restoring read as sentences; values withheld from the user read "withheld", never blank.
 */
export function RecordHistory({ history, fieldLabel, formatValue, onShowMore }: RecordHistoryProps) {
  const { t } = useTranslation('ui');
  const { dateTime } = useFormatters();
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!history)
    return (
      <Stack gap="md" aria-busy>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={48} radius="sm" />
        ))}
      </Stack>
    );

  const entries = history.edges.map((edge) => edge.node);
  if (entries.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('history.empty')}
      </Text>
    );

  const showMore = async () => {
    if (!onShowMore) return;
    setLoadingMore(true);
    setError(null);
    try {
      await onShowMore();
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Timeline bulletSize={28} lineWidth={2} data-testid="record-history">
        {entries.map((entry) => {
          const look = ICONS[entry.action] ?? ICONS.UPDATE;
          const name = entry.actorName ?? t('history.someone');
          const action = (
            ['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'MERGE', 'UNMERGE', 'NOT_DUPLICATE', 'ERASED'] as const
          ).find((a) => a === entry.action);
          return (
            <Timeline.Item
              key={entry.id}
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light" color={look.color}>
                  <look.Icon size={16} aria-hidden />
                </ThemeIcon>
              }
              title={
                <Group gap="xs" wrap="wrap" component="span">
                  <Text component="span" fw={600} size="sm">
                    {t(`history.action.${action ?? 'UPDATE'}`, { name })}
                  </Text>
                  <Text component="time" dateTime={entry.at} size="xs" c="dimmed">
                    {dateTime(entry.at)}
                  </Text>
                </Group>
              }
            >
              {['UPDATE', 'CREATE', 'MERGE', 'UNMERGE', 'ERASED'].includes(entry.action) ? (
                <HistoryChanges entry={entry} fieldLabel={fieldLabel} formatValue={formatValue} />
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
      <Group gap="md" wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('history.shown', { shown: entries.length, total: history.totalCount })}
        </Text>
        {history.pageInfo.hasNextPage && onShowMore ? (
          <Button variant="default" size="xs" loading={loadingMore} onClick={() => void showMore()}>
            {t('history.showMore')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} next={t('history.loadFailed')} /> : null}
    </Stack>
  );
}
