import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessLogAction } from '../gql/graphql';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeader } from '../ui/PageHeader';
import { Withheld } from '../ui/protection/Withheld';
import { usePageTitle } from '../ui/usePageTitle';
import { AccessLogDocument, GrantColleaguesDocument } from './documents';

export const ACCESS_LOG_PAGE_SIZE = 50;

const ACTIONS: AccessLogAction[] = ['REVEAL', 'GRANT', 'REVOKE', 'RESTRICT'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Administration → Access log: reveals, grants, revocations and restrictions, newest first, filterable. */
export function AccessLogPage() {
  const { t } = useTranslation('protection');
  usePageTitle(t('log.title'));
  const { dateTime } = useFormatters();
  const [action, setAction] = useState<AccessLogAction | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [recordText, setRecordText] = useState('');
  const recordId = UUID.test(recordText.trim()) ? recordText.trim() : null;
  const [loadingMore, setLoadingMore] = useState(false);
  const colleagues = useQuery(GrantColleaguesDocument);
  const { data, loading, error, refetch, fetchMore } = useQuery(AccessLogDocument, {
    variables: { first: ACCESS_LOG_PAGE_SIZE, action, userId, recordId },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.accessLog;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          accessLog: {
            ...fetchMoreResult.accessLog,
            edges: [...previous.accessLog.edges, ...fetchMoreResult.accessLog.edges],
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
      <Group align="flex-end">
        <Select
          label={t('log.action')}
          data={[
            { value: '', label: t('log.allActions') },
            ...ACTIONS.map((value) => ({ value, label: t(`log.actions.${value}`) })),
          ]}
          value={action ?? ''}
          allowDeselect={false}
          onChange={(value) => setAction(value ? value : null)}
          w={200}
        />
        <Select
          label={t('log.userFilter')}
          searchable
          data={[
            { value: '', label: t('log.allUsers') },
            ...(colleagues.data?.colleagues ?? []).map((c) => ({ value: c.id, label: c.displayName })),
          ]}
          value={userId ?? ''}
          allowDeselect={false}
          onChange={(value) => setUserId(value ? value : null)}
          w={240}
        />
        <TextInput
          label={t('log.recordFilter')}
          value={recordText}
          onChange={(event) => setRecordText(event.currentTarget.value)}
          w={340}
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
                <Table.Th scope="col">{t('log.what')}</Table.Th>
                <Table.Th scope="col">{t('log.record')}</Table.Th>
                <Table.Th scope="col">{t('log.forUser')}</Table.Th>
                <Table.Th scope="col">{t('log.fields')}</Table.Th>
                <Table.Th scope="col">{t('log.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const type = row.recordType === 'person' ? 'person' : 'organization';
                const path = type === 'person' ? `/people/${row.recordId}` : `/organizations/${row.recordId}`;
                return (
                  <Table.Tr key={row.id}>
                    <Table.Td>{dateTime(row.at)}</Table.Td>
                    <Table.Td>{row.actor?.displayName ?? ''}</Table.Td>
                    <Table.Td>{t(`log.actions.${row.action}`)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t(`log.recordTypes.${type}`)}
                      </Text>
                      {row.recordName ? (
                        <Anchor component={Link} to={path} size="sm">
                          {row.recordName}
                        </Anchor>
                      ) : (
                        <Withheld compact />
                      )}
                    </Table.Td>
                    <Table.Td>{row.subjectUser?.displayName ?? ''}</Table.Td>
                    <Table.Td>{row.fields.join(', ')}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.reason}</Table.Td>
                  </Table.Tr>
                );
              })}
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
