import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notify } from './notify';
import { useTranslation } from 'react-i18next';
import { endSession } from '../auth/session';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { toAppError } from '../ui/errors';
import { MySessionsDocument, RevokeMyOtherSessionsDocument, RevokeMySessionDocument } from './documents';

/** Where one is signed in, with "sign out" for each and for all the others. */
export function SessionsSection() {
  const { t } = useTranslation('security');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const { dateTime } = useFormatters();
  const { data, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeMySessionDocument);
  const [revokeOthers, { loading: revokingOthers }] = useMutation(RevokeMyOtherSessionsDocument);
  const sessions = data?.mySessions ?? null;

  const fail = (e: unknown) => notify(tc, 'red', toAppError(e).message || t('sessions.revoke'));

  const onRevoke = async (id: string, current: boolean) => {
    try {
      await revoke({ variables: { id } });
      if (current) {
        endSession(client);
        return;
      }
      notify(tc, 'un', t('sessions.revoked'));
      await refetch();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sessions-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="sessions-title">
            {t('sessions.title')}
          </Title>
          <Button
            variant="default"
            loading={revokingOthers}
            disabled={!sessions || sessions.length < 2}
            onClick={() => {
              revokeOthers().then(async ({ data: done }) => {
                notify(tc, 'un', t('sessions.revokedOthers', { count: done?.revokeMyOtherSessions ?? 0 }));
                await refetch();
              }, fail);
            }}
          >
            {t('sessions.revokeOthers')}
          </Button>
        </Group>
        {error && !sessions ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!sessions && !error ? <Skeleton h={80} /> : null}
        {sessions ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sessions.device')}</Table.Th>
                  <Table.Th>{t('sessions.address')}</Table.Th>
                  <Table.Th>{t('sessions.started')}</Table.Th>
                  <Table.Th>{t('sessions.lastSeen')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('sessions.revoke')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.map((s) => {
                  const device = s.userAgent ?? t('sessions.unknownDevice');
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm" maw={320} truncate title={device}>
                            {device}
                          </Text>
                          {s.current ? (
                            <Badge variant="light" color="un">
                              {t('sessions.current')}
                            </Badge>
                          ) : null}
                          {s.signInPending ? (
                            <Badge variant="light" color="yellow">
                              {t('sessions.pending')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{s.ip ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{dateTime(s.startedAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{dateTime(s.lastSeenAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('sessions.revokeLabel', { device })}
                          onClick={() => void onRevoke(s.id, s.current)}
                        >
                          {t('sessions.revoke')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {sessions && sessions.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('sessions.none')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
