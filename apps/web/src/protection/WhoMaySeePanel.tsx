import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  List,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useNotify } from '../ui/useNotify';
import { GrantColleaguesDocument, RecordAccessDocument } from './documents';
import { REASON_MAX, REASON_MIN, reasonProblem } from './reason';
import { useRecordGrants } from './useRecordGrants';

/**
 * "Who may see this": the clearance rule (and the users it covers) and the named need-to-know grants of a
 * protected record, with grant and revoke. For those who manage protection and are cleared for the record.
 */
export function WhoMaySeePanel({ recordId }: { recordId: string }) {
  const { t } = useTranslation(['protection', 'ui']);
  const { date } = useFormatters();
  const { data, loading, error, refetch } = useQuery(RecordAccessDocument, {
    variables: { recordId },
    fetchPolicy: 'cache-and-network',
  });
  const { grant, revoke } = useRecordGrants();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const access = data?.recordAccess;

  const doRevoke = async (id: string) => {
    setActionError(null);
    try {
      await revoke(id);
      notify.done(t('access.revoked'));
    } catch (failure) {
      setActionError(failure);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="who-may-see">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('access.title')}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading && !access ? <Skeleton h={60} /> : null}
        {access ? (
          access.riskLevel === 'STANDARD' ? (
            <Text size="sm">{t('access.notProtected')}</Text>
          ) : (
            <>
              <Text size="sm" fw={500}>
                {t('access.rule', { level: t(`ui:enum.RiskLevel.${access.riskLevel}`) })}
              </Text>
              {access.clearedUsers.length ? (
                <Text size="sm">{access.clearedUsers.map((u) => u.displayName).join(', ')}</Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('access.nobodyCleared')}
                </Text>
              )}
              <Text size="sm" fw={500}>
                {t('access.grants')}
              </Text>
              {access.grants.length ? (
                <List spacing="xs" listStyleType="none" aria-label={t('access.grants')}>
                  {access.grants.map((g) => (
                    <List.Item key={g.id}>
                      <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
                        <div>
                          <Text size="sm" fw={500}>
                            {g.user?.displayName ?? ''}{' '}
                            <Text component="span" size="sm" c="dimmed">
                              {g.endsOn
                                ? t('access.until', { date: date(g.endsOn) })
                                : t('access.untilRevoked')}
                            </Text>
                          </Text>
                          <Text size="xs">{g.reason}</Text>
                          <Text size="xs" c="dimmed">
                            {t('access.grantedBy', {
                              name: g.grantedBy?.displayName ?? '',
                              date: date(g.grantedAt),
                            })}
                          </Text>
                        </div>
                        <Tooltip label={t('access.revokeLabel', { name: g.user?.displayName ?? '' })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('access.revokeLabel', { name: g.user?.displayName ?? '' })}
                            onClick={() => void doRevoke(g.id)}
                          >
                            <IconUserMinus size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('access.noGrants')}
                </Text>
              )}
              {actionError ? <ErrorAlert error={actionError} /> : null}
              {adding ? (
                <GrantForm
                  onCancel={() => setAdding(false)}
                  onGrant={async (input) => {
                    await grant({ ...input, recordId });
                    notify.done(t('access.granted'));
                    setAdding(false);
                  }}
                />
              ) : (
                <div>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconUserPlus size={14} aria-hidden />}
                    onClick={() => setAdding(true)}
                  >
                    {t('access.grant')}
                  </Button>
                </div>
              )}
            </>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

function GrantForm({
  onCancel,
  onGrant,
}: {
  onCancel: () => void;
  onGrant: (input: { userId: string; reason: string; endsOn: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation('protection');
  const { t: tc } = useTranslation();
  const colleagues = useQuery(GrantColleaguesDocument);
  const [userId, setUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = reasonProblem(reason);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!userId || problem) return;
    setBusy(true);
    setError(null);
    try {
      await onGrant({ userId, reason: reason.trim(), endsOn: endsOn || null });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <Select
          label={t('access.user')}
          required
          searchable
          data={(colleagues.data?.colleagues ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
          value={userId}
          onChange={setUserId}
          error={touched && !userId ? t('access.user') : undefined}
        />
        <Textarea
          label={t('access.reason')}
          description={t('access.reasonHint')}
          required
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={
            touched && problem
              ? problem === 'tooShort'
                ? t('reveal.reasonTooShort', { min: REASON_MIN })
                : t('reveal.reasonTooLong', { max: REASON_MAX })
              : undefined
          }
        />
        <TextInput
          type="date"
          label={t('access.endsOn')}
          value={endsOn}
          onChange={(event) => setEndsOn(event.currentTarget.value)}
          w={200}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {t('access.grant')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel} disabled={busy}>
            {tc('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
