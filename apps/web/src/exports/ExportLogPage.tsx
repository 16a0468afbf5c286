import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Paper, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { usePageTitle } from '../ui/usePageTitle';
import { ExportLogDocument } from './documents';
import type { ExportListName } from './exportFile';

export const EXPORT_LOG_PAGE_SIZE = 50;

const LISTS: ExportListName[] = [
  'organizations',
  'people',
  'engagements',
  'follow-ups',
  'collaborations',
  'recommendations',
  'participants',
];

/** Administration → Exports: who exported which list, with which filters, how many rows, when. */
export function ExportLogPage() {
  const { t } = useTranslation('exports');
  usePageTitle(t('log.title'));
  const { dateTime } = useFormatters();
  const [list, setList] = useState<ExportListName | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ExportLogDocument, {
    variables: { first: EXPORT_LOG_PAGE_SIZE, list },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.exportLog;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          exportLog: {
            ...fetchMoreResult.exportLog,
            edges: [...previous.exportLog.edges, ...fetchMoreResult.exportLog.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('log.title')} description={t('log.description')} />
      <Group>
        <Select
          label={t('log.listFilter')}
          data={[
            { value: '', label: t('log.allLists') },
            ...LISTS.map((value) => ({ value, label: t(`log.lists.${value}`) })),
          ]}
          value={list ?? ''}
          allowDeselect={false}
          onChange={(value) => setList(value ? value : null)}
          w={240}
        />
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? (
        <Skeleton h={200} />
      ) : rows.length === 0 && !error ? (
        <Text c="dimmed">{t('log.empty')}</Text>
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('log.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('log.when')}</Table.Th>
                <Table.Th scope="col">{t('log.who')}</Table.Th>
                <Table.Th scope="col">{t('log.list')}</Table.Th>
                <Table.Th scope="col">{t('log.format')}</Table.Th>
                <Table.Th scope="col">{t('log.rows')}</Table.Th>
                <Table.Th scope="col">{t('log.status')}</Table.Th>
                <Table.Th scope="col">{t('log.arguments')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{dateTime(row.createdAt)}</Table.Td>
                  <Table.Td>{row.user?.displayName ?? ''}</Table.Td>
                  <Table.Td>
                    {LISTS.includes(row.list as ExportListName)
                      ? t(`log.lists.${row.list as ExportListName}`)
                      : row.list}
                  </Table.Td>
                  <Table.Td>{row.format.toUpperCase()}</Table.Td>
                  <Table.Td>{row.rowCount}</Table.Td>
                  <Table.Td>{t(`log.statuses.${row.status}`)}</Table.Td>
                  <Table.Td>
                    {row.arguments === '{}' ? (
                      <Text size="sm" c="dimmed">
                        {t('log.none')}
                      </Text>
                    ) : (
                      <Code block>{row.arguments}</Code>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          loading={loadingMore}
          onClick={() => void more()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('log.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
